import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { sql } from "kysely";
import { Readable } from "node:stream";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { CONSENT_VERSION, type Consent } from "./stories.consent.ts";
import { StoryTextSchema } from "./stories.schema.ts";
import { storiesService, tokenHash } from "./stories.service.ts";

let t: TestApp;
const service = () =>
  storiesService(t.db, () => t.clock.now, {
    fieldKey: t.app.services.keys.field,
    contactRetentionDays: 30,
    withdrawalGraceHours: 48,
    storage: t.app.services.storage,
  });
const anonymous: Consent = { naming: "anonymous", displayName: null, publish: true, translate: true, quote: false };
const text = StoryTextSchema.parse({ body: "I was at the concert that night.", language: "fr", country: "FR", year: "2015" });

before(async () => {
  t = await createTestApp();
});
after(async () => t.close());

describe("a story's private life", () => {
  it("stores only the hash of the private link and an encrypted contact address, and records the consent with its wording version", async () => {
    const { id, token } = await service().submit(text, anonymous, "author@example.org");
    assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    const row = await service().repo.findById(id);
    assert.ok(row);
    assert.equal(row.token_hash, tokenHash(token));
    assert.ok(!JSON.stringify(row).includes(token));
    assert.ok(row.contact_email && !row.contact_email.includes("author@example.org"));
    assert.equal(service().contactOf(row), "author@example.org");
    assert.equal(row.status, "submitted");
    assert.deepEqual(
      (await service().repo.consentHistory(id)).map((c) => [c.naming, c.publish, c.translate, c.quote, c.version]),
      [["anonymous", true, true, false, CONSENT_VERSION]],
    );
  });

  it("finds the story only with the exact token", async () => {
    const { id, token } = await service().submit(text, anonymous, undefined);
    assert.equal((await service().byToken(token))?.id, id);
    assert.equal(await service().byToken(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`), undefined);
    assert.equal(await service().byToken("../../etc/passwd"), undefined);
  });

  it("keeps every change of consent, and a change of text sends the story back to moderation", async () => {
    const { id, token } = await service().submit(text, anonymous, undefined);
    await service().repo.update(id, { status: "approved", approved_at: t.clock.now.toISOString() });
    const story = (await service().byToken(token))!;
    await service().changeConsent(story, { naming: "pseudonym", displayName: "Léa", publish: false, translate: false, quote: false });
    const after = (await service().repo.findById(id))!;
    assert.equal(after.display_name, "Léa");
    assert.equal(after.consent_publish, 0);
    assert.equal((await service().repo.consentHistory(id)).length, 2);
    await service().authorEdit(after, { ...text, body: "A new version." });
    const edited = (await service().repo.findById(id))!;
    assert.equal(edited.status, "submitted");
    assert.equal(edited.approved_at, null);
    assert.equal(edited.original_body, "A new version.");
  });

  it("takes a withdrawn story off at once, forgets the contact at once, and erases rows and files after the grace period", async () => {
    const { id, token } = await service().submit(text, anonymous, "author@example.org");
    const fileKey = `stories/${id}/0a1b2c3d/audio.mp3`;
    await t.app.services.storage.put(fileKey, Readable.from(Buffer.from("ID3 a recording")), { contentType: "audio/mpeg" });
    const eraseAfter = await service().withdraw((await service().byToken(token))!);
    assert.equal(eraseAfter, new Date(t.clock.now.getTime() + 48 * 3_600_000).toISOString());
    const row = (await service().repo.findById(id))!;
    assert.equal(row.status, "withdrawn");
    assert.equal(row.contact_email, null);
    assert.equal((await service().housekeeping()).erased, 0, "not before the grace period ends");
    t.clock.advance(48 * 3_600_000 + 1000);
    const done = await service().housekeeping();
    assert.ok(done.erased >= 1);
    assert.equal(await t.app.services.storage.exists(fileKey), false, "its files were deleted");
    assert.equal(await service().repo.findById(id), undefined);
    const left = await sql<{ n: number }>`select count(*) as n from story_consents where story_id = ${id}`.execute(t.db.kysely);
    assert.equal(Number(left.rows[0]!.n), 0);
    assert.equal(await service().byToken(token), undefined);
  });

  it("lets the author undo a withdrawal within the grace period, not after", async () => {
    const { token } = await service().submit(text, anonymous, undefined);
    await service().withdraw((await service().byToken(token))!);
    assert.equal(await service().undoWithdrawal((await service().byToken(token))!), true);
    assert.equal((await service().byToken(token))!.status, "submitted");
    await service().withdraw((await service().byToken(token))!);
    t.clock.advance(49 * 3_600_000);
    assert.equal(await service().undoWithdrawal((await service().byToken(token))!), false);
  });

  it("forgets contact addresses when their retention period is over", async () => {
    const { id } = await service().submit(text, anonymous, "keep-me-briefly@example.org");
    t.clock.advance(31 * 86_400_000);
    assert.ok((await service().housekeeping()).contactsForgotten >= 1);
    assert.equal((await service().repo.findById(id))!.contact_email, null);
  });
});

describe("a new story with a file", () => {
  it("saves the story, its consent and its file together, or none of them", async () => {
    const media = (storyId: string, id: string) => ({ id, story_id: storyId, kind: "audio" as const, content_type: "audio/wav", bytes: 10, files: JSON.stringify([{ key: `stories/${storyId}/a/audio.wav`, contentType: "audio/wav", bytes: 10 }]), width: null, height: null, description: null, metadata_removed: 0, created_at: t.clock.now.toISOString() });
    const mediaId = crypto.randomUUID();
    const first = crypto.randomUUID();
    await service().submit(text, anonymous, undefined, first, media(first, mediaId));
    assert.equal((await service().repo.mediaOf(first))?.id, mediaId);
    // The second file row cannot be written (its id is taken): the story is not kept without it.
    const second = crypto.randomUUID();
    await assert.rejects(service().submit(text, anonymous, "second@example.org", second, media(second, mediaId)));
    assert.equal(await service().repo.findById(second), undefined);
    assert.deepEqual(await service().repo.consentHistory(second), []);
  });
});
