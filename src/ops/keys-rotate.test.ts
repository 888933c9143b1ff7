import assert from "node:assert/strict";
import { createCipheriv, randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { createTestApp, TEST_ENV, type TestApp } from "../../tests/support/app.ts";
import { buildStaff, signIn, type StaffFixture } from "../../tests/support/factories.ts";
import { Client } from "../../tests/support/http.ts";
import { buildApp } from "../app.ts";
import { ConfigError, loadConfig } from "../config.ts";
import { learnService } from "../features/learn/learn.service.ts";
import { newsletterService } from "../features/newsletter/newsletter.service.ts";
import { StoryTextSchema } from "../features/stories/stories.schema.ts";
import { storiesService } from "../features/stories/stories.service.ts";
import type { MailMessage } from "../jobs/mailer.ts";
import { decryptField, FieldKeyError } from "../web/crypto.ts";
import { deriveKey, fieldKeys, type FieldKeys } from "../web/secrets.ts";
import { rotateFieldKeys } from "./keys-rotate.ts";

/**
 * Key rotation end to end (docs/decisions/019): data written under key A; the portal restarted with
 * key B and A retired reads all of it; the rotation moves every row to B; then B alone reads it all.
 */
let t: TestApp;
const keyA = () => t.masterKey;
const keyB = randomBytes(32);
const origin = "https://portal.example.org";
const mail: MailMessage[] = [];
const apps: FastifyInstance[] = [];

/** The portal on the same database, restarted with another SECRET_KEY (and retired keys). */
async function restartWith(master: Buffer, previous: Buffer[] = []): Promise<FastifyInstance> {
  const config = loadConfig(
    { ...TEST_ENV, DATA_DIR: t.config.dataDir, ...(t.config.databaseUrl ? { DATABASE_URL: t.config.databaseUrl } : {}), ...(previous.length ? { SECRET_KEY_PREVIOUS: previous.map((k) => k.toString("hex")).join(",") } : {}) },
    { readDotEnv: false },
  );
  const app = await buildApp({ config, db: t.db, masterKey: master, mailer: { send: async (m) => void mail.push(m) }, clock: () => t.clock.now });
  await app.ready();
  apps.push(app);
  return app;
}

const services = (app: FastifyInstance) => {
  const { keys, storage } = app.services;
  const clock = () => t.clock.now;
  return {
    stories: storiesService(t.db, clock, { fieldKey: keys.field, contactRetentionDays: 30, withdrawalGraceHours: 48, storage }),
    learn: learnService({ db: t.db, clock, fieldKey: keys.field, mailer: app.services.mailer }),
    newsletter: newsletterService({ db: t.db, clock, fieldKey: keys.field, mailer: app.services.mailer }),
  };
};

/** The encrypted columns as stored, to compare raw values before and after. */
async function rawValues(): Promise<string[]> {
  const k = t.db.kysely;
  const rows = [
    ...(await k.selectFrom("stories").select(["id", "contact_email as v"]).where("contact_email", "is not", null).execute()),
    ...(await k.selectFrom("learners").select(["id", "email as v", "email_hash as h"]).execute()),
    ...(await k.selectFrom("newsletter_subscribers").select(["id", "email as v", "email_hash as h", "manage_token_hash as m"]).execute()),
    ...(await k.selectFrom("users").select(["id", "totp_secret as v"]).where("totp_secret", "is not", null).execute()),
  ];
  return rows.map((r) => JSON.stringify(r)).sort();
}

/** The pre-rotation format ("v1", no key id), as the portal wrote it before key ids existed. */
function encryptV1(master: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(master, "field"), iv);
  const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

const text = StoryTextSchema.parse({ body: "I was at the station that morning.", language: "en", country: "ES", year: "2004" });
const consent = { naming: "anonymous", displayName: null, publish: true, translate: true, quote: false } as const;
let storyId = "";
let legacyStoryId = "";
let staff: StaffFixture;
let manageA = "";
const learnerEmail = "learner@example.org";
const subscriberEmail = "reader@example.org";

async function signInLearner(app: FastifyInstance): Promise<void> {
  t.clock.advance(2 * 60_000);
  const before = mail.length;
  await services(app).learn.requestLink(learnerEmail, "en", origin);
  const sent = mail.slice(before).find((m) => m.to === learnerEmail);
  assert.ok(sent, "the sign-in link is mailed");
  const token = /\/learn\/sign-in\/([A-Za-z0-9_-]+)/.exec(sent.text)?.[1];
  assert.ok(token);
  const used = await services(app).learn.useLink(token);
  assert.ok("sessionId" in used, "the sign-in link signs the learner in");
}

async function managePageOpens(app: FastifyInstance, path: string): Promise<boolean> {
  const res = await new Client(app).get(path);
  return res.statusCode === 200;
}

before(async () => {
  t = await createTestApp();
  // Everything below is written under key A, the way the portal writes it.
  const a = await restartWith(keyA());
  storyId = (await services(a).stories.submit(text, consent, "author@example.org")).id;
  legacyStoryId = (await services(a).stories.submit(text, consent, undefined)).id;
  await t.db.kysely.updateTable("stories").set({ contact_email: encryptV1(keyA(), "legacy@example.org") }).where("id", "=", legacyStoryId).execute();
  await signInLearner(a);
  await services(a).newsletter.subscribe({ email: subscriberEmail, language: "en", topics: ["news"] }, origin);
  const confirmToken = /\/newsletter\/confirm\/([A-Za-z0-9_-]+)/.exec(mail.findLast((m) => m.to === subscriberEmail)!.text)?.[1];
  const confirmed = await services(a).newsletter.confirm(confirmToken!);
  assert.equal(confirmed.state, "confirmed");
  manageA = `/en/newsletter/manage/${"manageToken" in confirmed ? confirmed.manageToken : ""}`;
  staff = await buildStaff(t, { roles: ["admin"] });
});
after(async () => {
  for (const app of apps) await app.close();
  await t.close();
});

/** Every encrypted thing reads through the portal restarted with this key set. */
async function everythingReads(app: FastifyInstance): Promise<void> {
  const s = services(app);
  const story = await s.stories.repo.findById(storyId);
  const legacy = await s.stories.repo.findById(legacyStoryId);
  assert.equal(s.stories.contactOf(story!), "author@example.org");
  assert.equal(s.stories.contactOf(legacy!), "legacy@example.org");
  const learnersBefore = await t.db.kysely.selectFrom("learners").select("id").execute();
  await signInLearner(app);
  assert.deepEqual(await t.db.kysely.selectFrom("learners").select("id").execute(), learnersBefore, "the same learner signs in, no second row");
  assert.ok(await managePageOpens(app, manageA), "the manage link mailed under key A still opens");
  // Asking again finds the subscription by its address and mails its manage link, which opens.
  t.clock.advance(11 * 60_000);
  await s.newsletter.subscribe({ email: subscriberEmail, language: "en", topics: ["news"] }, origin);
  const again = /(\/en\/newsletter\/manage\/[A-Za-z0-9_-]+)/.exec(mail.findLast((m) => m.to === subscriberEmail)!.text)?.[1];
  assert.ok(again, "an address already subscribed is told so, with its manage link");
  assert.ok(await managePageOpens(app, again));
  assert.equal((await t.db.kysely.selectFrom("newsletter_subscribers").select("id").execute()).length, 1);
  const client = await signIn({ ...t, app }, staff);
  assert.equal((await client.get("/en/admin")).statusCode, 200, "the admin passes the second factor (TOTP secret decrypted)");
}

describe("key rotation", () => {
  it("reads everything written under the old key once the new key is current and the old one retired", async () => {
    await everythingReads(await restartWith(keyB, [keyA()]));
  });

  it("refuses with a clear error, never garbage, when the key a field was written with is not configured", async () => {
    const bOnly = fieldKeys(keyB);
    const story = await t.db.kysely.selectFrom("stories").select("contact_email").where("id", "=", storyId).executeTakeFirstOrThrow();
    assert.throws(() => decryptField(bOnly, story.contact_email!), (err: unknown) => err instanceof FieldKeyError && /key [0-9a-f]{12}.*SECRET_KEY_PREVIOUS/.test(err.message));
    const legacy = await t.db.kysely.selectFrom("stories").select("contact_email").where("id", "=", legacyStoryId).executeTakeFirstOrThrow();
    assert.throws(() => decryptField(bOnly, legacy.contact_email!), (err: unknown) => err instanceof FieldKeyError && /v1.*SECRET_KEY_PREVIOUS/.test(err.message));
    const tampered = story.contact_email!.replace(/\.([A-Za-z0-9_-])([A-Za-z0-9_-]*)$/, (_m, c: string, rest: string) => `.${c === "A" ? "B" : "A"}${rest}`);
    assert.throws(() => decryptField(fieldKeys(keyA()), tampered), (err: unknown) => err instanceof FieldKeyError && /integrity/.test(err.message));
    // A rotation without the old key stops before writing anything.
    const before = await rawValues();
    await assert.rejects(rotateFieldKeys(t.db, bOnly), FieldKeyError);
    assert.deepEqual(await rawValues(), before);
  });

  it("re-encrypts every row under the new key in resumable batches, and a second run changes nothing", async () => {
    const keys: FieldKeys = fieldKeys(keyB, [keyA()]);
    // A run stopped after its first batch (as if killed) leaves whole batches: the next run finishes.
    await assert.rejects(
      rotateFieldKeys(t.db, keys, {
        batchSize: 1,
        onBatch: () => {
          throw new Error("stopped");
        },
      }),
      /stopped/,
    );
    const partial = await rawValues();
    assert.equal(partial.filter((r) => r.includes(`"v":"v2.${keys.current.id}.`)).length, 1, "exactly the first batch was committed");
    const report = await rotateFieldKeys(t.db, keys, { batchSize: 1 });
    assert.deepEqual(report.rotated, { "stories.contact_email": 1, "learners.email": 1, "newsletter_subscribers.email": 1, "users.totp_secret": 1 });
    assert.deepEqual(Object.values(report.remaining), [0, 0, 0, 0]);
    const raw = await rawValues();
    const idA = fieldKeys(keyA()).current.id;
    for (const r of raw) {
      const v = (JSON.parse(r) as { v: string }).v;
      assert.ok(v.startsWith(`v2.${keys.current.id}.`), `under key B: ${r}`);
      assert.ok(!v.startsWith("v1.") && !v.includes(idA));
    }
    const second = await rotateFieldKeys(t.db, keys);
    assert.deepEqual(Object.values(second.rotated), [0, 0, 0, 0]);
    assert.deepEqual(await rawValues(), raw, "a second run changes nothing");
  });

  it("reads everything with the old key removed from the configuration after the rotation", async () => {
    await everythingReads(await restartWith(keyB));
    // The manage link now mailed is under key B, and the one mailed under key A still works (its hash was kept).
    const sub = await t.db.kysely.selectFrom("newsletter_subscribers").selectAll().executeTakeFirstOrThrow();
    assert.ok(sub.manage_token_hash_previous);
    // After a leaked key, the old links can be forgotten: then only the new one opens.
    const report = await rotateFieldKeys(t.db, fieldKeys(keyB), { forgetOldLinks: true });
    assert.equal(report.forgottenLinks, 1);
    const app = await restartWith(keyB);
    assert.equal(await managePageOpens(app, manageA), false);
  });

  it("names SECRET_KEY_PREVIOUS when it is not a list of 64-hex-digit keys", () => {
    assert.throws(() => loadConfig({ ...TEST_ENV, SECRET_KEY_PREVIOUS: `${"a".repeat(64)},nope` }, { readDotEnv: false }), (err: unknown) => err instanceof ConfigError && /SECRET_KEY_PREVIOUS/.test(err.message));
    const config = loadConfig({ ...TEST_ENV, SECRET_KEY_PREVIOUS: ` ${"A".repeat(64)} , ${"b".repeat(64)}` }, { readDotEnv: false });
    assert.deepEqual(config.previousSecretKeys, ["a".repeat(64), "b".repeat(64)]);
  });
});
