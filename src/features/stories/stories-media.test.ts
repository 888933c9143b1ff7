import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { after, before, describe, it } from "node:test";
import sharp from "sharp";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import { Client, type FormFile } from "../../../tests/support/http.ts";
import { runMaintenance } from "../../jobs/maintenance.ts";
import { ffmpegAvailable } from "../../media/av-metadata.ts";
import { uploadTmpDir } from "../../media/storage.ts";
import { buildPhonePhoto, buildWav } from "../../media/test-fixtures.ts";
import { storiesRepo } from "./stories.repo.ts";
import { storyFiles } from "./stories.media.ts";

let t: TestApp;
let reader = 0;
/** A reader on their own address (sharing is rate-limited per address). */
const newClient = () => new Client(t.app, {}, `192.0.2.${++reader}`);
const story = {
  body: "This is the garden where we used to sit, before that night.",
  title: "The garden",
  language: "en",
  country: "NO",
  year: "",
  attack: "",
  content_warning: "",
  naming: "anonymous",
  display_name: "",
  publish: "yes",
  translate: "no",
  quote: "no",
  email: "",
};
const photo = async (orientation?: number): Promise<FormFile> => ({ name: "media", filename: "IMG_0042.JPG", type: "image/jpeg", content: await buildPhonePhoto(1200, 800, orientation) });

/** Shares a story with a file as a browser would; returns the response. */
async function share(client: Client, files: FormFile[], overrides: Record<string, string> = {}) {
  return client.postMultipart("/en/stories/share", { ...story, ...overrides }, files, { formPage: "/en/stories/share" });
}

/** The story id behind a private link path. */
async function storyBehind(client: Client, location: string): Promise<string> {
  const page = await client.get(location.split("?")[0]!);
  const href = /"\/en\/stories\/mine\/[A-Za-z0-9_-]{43}\/media\/([a-f0-9]{16})\//.exec(page.body);
  assert.ok(href, "the private page shows the file");
  const rows = await t.db.kysely.selectFrom("story_media").select(["story_id", "files"]).execute();
  const row = rows.find((r) => r.files.includes(href[1]!));
  assert.ok(row);
  return row.story_id;
}

/** Every media address on a page, in order. */
const mediaUrls = (html: string) => [...html.matchAll(/(?:src|href|srcset)="([^" ]*\/media\/[a-f0-9]{16}\/[^" ]+)/g)].map((m) => m[1]!);

async function tmpFiles(): Promise<string[]> {
  return readdir(uploadTmpDir(t.config)).catch(() => []);
}

before(async () => {
  t = await createTestApp({ seed: true, env: { MEDIA_MAX_IMAGE_BYTES: "300000", MEDIA_MAX_AUDIO_BYTES: "40000", MEDIA_MAX_VIDEO_BYTES: "50000" } });
});
after(async () => t.close());

describe("a story with a photo, a recording or a video", () => {
  it("offers the file field on a multipart form, saying what is accepted, the limits and what is removed", async () => {
    const res = await t.app.inject({ url: "/en/stories/share" });
    assert.match(res.body, /enctype="multipart\/form-data"/);
    assert.match(res.body, /<input id="field-media" name="media" type="file" value accept="image\/jpeg[^"]*"/);
    assert.match(res.body, /up to 300 kB/);
    assert.match(res.body, /We remove the hidden information/);
  });

  it("re-encodes a phone photo with no EXIF or GPS left, upright, shown to the author and moderators only until approved", async () => {
    const author = newClient();
    const res = await share(author, [await photo(6)], { media_description: "Our garden in spring" });
    assert.equal(res.statusCode, 303, res.body.slice(0, 400));
    const id = await storyBehind(author, res.headers.location as string);
    const row = (await storiesRepo(t.db.kysely).mediaOf(id))!;
    assert.equal(row.kind, "image");
    assert.equal(row.metadata_removed, 1);
    assert.equal(row.description, "Our garden in spring");
    const files = storyFiles(row);
    assert.deepEqual([...new Set(files.map((f) => f.format))].sort(), ["avif", "jpeg", "webp"]);
    for (const f of files) assert.match(f.key, new RegExp(`^stories/${id}/[a-f0-9]{16}/[a-z0-9_-]+-\\d+\\.(avif|webp|jpg)$`), "a generated name, never the sent one");

    // The author sees it through the private link; its bytes carry no metadata and stand upright (6 = turned).
    const mine = await author.get((res.headers.location as string).split("?")[0]!);
    const jpeg = mediaUrls(mine.body).find((u) => u.endsWith(".jpg"))!;
    const got = await author.get(jpeg);
    assert.equal(got.statusCode, 200);
    assert.equal(got.headers["content-type"], "image/jpeg");
    assert.equal(got.headers["x-content-type-options"], "nosniff");
    assert.equal(got.headers["cache-control"], "no-store");
    const meta = await sharp(got.rawPayload).metadata();
    assert.equal(meta.exif, undefined, "no EXIF (and so no GPS)");
    assert.equal(meta.xmp, undefined);
    assert.equal(meta.orientation, undefined);
    assert.ok(meta.height! > meta.width!, "the sideways photo was turned upright");
    assert.doesNotMatch(got.rawPayload.toString("latin1"), /SecretPhoneMaker|SecretAuthorName/);

    // The public cannot see the file, or the story, before a moderator approves it.
    const publicUrl = `/en/stories/${id}/media/${jpeg.split("/media/")[1]}`;
    assert.equal((await t.app.inject({ url: publicUrl })).statusCode, 404);

    const moderator = await signIn(t, await buildStaff(t, { roles: ["moderator"] }));
    const review = await moderator.get(`/en/admin/stories/${id}`);
    assert.match(review.body, /<picture>.*type="image\/avif".*type="image\/webp".*<img[^>]+alt="Our garden in spring"/s);
    assert.match(review.body, /Hidden information \(location, date, device\) was removed/);
    assert.equal((await moderator.get(`/en/admin/stories/${id}/media/${jpeg.split("/media/")[1]}`)).statusCode, 200);
    await moderator.post(`/en/admin/stories/${id}/decide`, { decision: "approve", note: "" }, { formPage: `/en/admin/stories/${id}` });

    const page = await t.app.inject({ url: `/en/stories/${id}` });
    assert.match(page.body, /<figure class="story-media"><picture><source type="image\/avif" srcset="\/en\/stories\/[^"]+ 480w, [^"]+ 800w"/, "the upright photo, at the widths it has");
    const pub = await t.app.inject({ url: publicUrl });
    assert.equal(pub.statusCode, 200);
    assert.equal(pub.headers["cache-control"], "public, no-cache");
    assert.match(pub.headers["content-security-policy"] as string, /sandbox/);
    const again = await t.app.inject({ url: publicUrl, headers: { "if-none-match": pub.headers.etag as string } });
    assert.equal(again.statusCode, 304);
  });

  it("refuses a renamed file by its content, keeps every answer, and saves nothing", async () => {
    const before = await t.db.kysely.selectFrom("stories").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    const client = newClient();
    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(4000, 0x90)]);
    const res = await share(client, [{ name: "media", filename: "holiday.jpg", type: "image/jpeg", content: exe }], { title: "Kept title" });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<title>Error: /);
    assert.match(res.body, /href="#field-media"/);
    assert.match(res.body, /This kind of file cannot be used/);
    assert.match(res.body, /value="Kept title"/);
    assert.match(res.body, /where we used to sit/);
    const html = Buffer.from("<!doctype html><script>alert(1)</script>".padEnd(5000, " "));
    const res2 = await share(client, [{ name: "media", filename: "voice.mp3", type: "audio/mpeg", content: html }]);
    assert.equal(res2.statusCode, 400);
    const after = await t.db.kysely.selectFrom("stories").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(before.n));
    assert.deepEqual(await tmpFiles(), [], "no temporary file is left");
  });

  it("refuses a file over the configured limit for its kind, and an empty one, as form errors", async () => {
    const client = newClient();
    const big = await sharp({ create: { width: 1600, height: 1600, channels: 3, background: "#808080" } }).png({ compressionLevel: 0 }).toBuffer();
    assert.ok(big.length > 300_000);
    const res = await share(client, [{ name: "media", filename: "big.png", type: "image/png", content: big }]);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /The file is too large/);
    const wav = buildWav(30_000); // about 60 kB: under the image limit, over the audio limit
    const res2 = await share(client, [{ name: "media", filename: "a.wav", type: "audio/wav", content: wav }]);
    assert.equal(res2.statusCode, 400);
    assert.match(res2.body, /The file is too large/);
    const res3 = await share(client, [{ name: "media", filename: "empty.jpg", type: "image/jpeg", content: Buffer.alloc(0) }]);
    assert.equal(res3.statusCode, 400);
    assert.match(res3.body, /The file is empty/);
    assert.deepEqual(await tmpFiles(), []);
  });

  it("does not keep a good file when the rest of the form is wrong, and asks for it again", async () => {
    const client = newClient();
    const res = await share(client, [await photo()], { body: "" });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /href="#field-body"/);
    assert.match(res.body, /the file you chose was not kept/);
    assert.deepEqual(await tmpFiles(), []);
  });

  it("refuses a multipart post without the form's token", async () => {
    const client = newClient();
    await client.get("/en/stories/share");
    const res = await client.postMultipart("/en/stories/share", story, [await photo()]);
    assert.equal(res.statusCode, 403);
  });

  it("keeps a recording as sent, serves it in ranges, and says whether its metadata could be removed", async () => {
    const author = newClient();
    const res = await share(author, [{ name: "media", filename: "message.wav", type: "application/octet-stream", content: buildWav(8000) }]);
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const id = await storyBehind(author, res.headers.location as string);
    const row = (await storiesRepo(t.db.kysely).mediaOf(id))!;
    assert.equal(row.kind, "audio");
    assert.equal(row.content_type, "audio/wav");
    assert.equal(row.metadata_removed, (await ffmpegAvailable(t.config.ffmpegPath)) ? 1 : 0);
    const mine = await author.get((res.headers.location as string).split("?")[0]!);
    assert.match(mine.body, /<audio controls preload="none" src="[^"]+\/media\/[a-f0-9]{16}\/audio\.wav"/);
    const url = mediaUrls(mine.body)[0]!;
    const part = await author.get(url, { range: "bytes=0-99" });
    assert.equal(part.statusCode, 206);
    assert.equal(part.rawPayload.length, 100);
    assert.match(part.headers["content-range"] as string, /^bytes 0-99\/\d+$/);
    const tail = await author.get(url, { range: "bytes=-10" });
    assert.equal(tail.statusCode, 206);
    assert.equal(tail.rawPayload.length, 10);
    assert.equal((await author.get(url, { range: "bytes=99999999-" })).statusCode, 416);

    const moderator = await signIn(t, await buildStaff(t, { roles: ["moderator"] }));
    const review = await moderator.get(`/en/admin/stories/${id}`);
    if (row.metadata_removed) assert.match(review.body, /Hidden information \(location, date, device\) was removed/);
    else assert.match(review.body, /could not be removed: ffmpeg is not installed/);
  });

  it("lets the author replace or remove the file, erasing the old one, and a moderator remove it (audited)", async () => {
    const author = newClient();
    const res = await share(author, [await photo()]);
    const mine = (res.headers.location as string).split("?")[0]!;
    const id = await storyBehind(author, mine);
    const first = storyFiles((await storiesRepo(t.db.kysely).mediaOf(id))!);
    const edit = await author.postMultipart(`${mine}/edit`, { ...story, media_description: "A new photo" }, [await photo()], { formPage: `${mine}/edit` });
    assert.equal(edit.statusCode, 303, edit.body.slice(0, 300));
    const second = (await storiesRepo(t.db.kysely).mediaOf(id))!;
    assert.equal(second.description, "A new photo");
    for (const f of first) assert.equal(await t.app.services.storage.exists(f.key), false, "the replaced file is erased");
    const removed = await author.post(`${mine}/media/remove`, {}, { formPage: mine });
    assert.equal(removed.statusCode, 303);
    assert.equal(await storiesRepo(t.db.kysely).mediaOf(id), undefined);
    for (const f of storyFiles(second)) assert.equal(await t.app.services.storage.exists(f.key), false);

    const res2 = await share(newClient(), [await photo()]);
    assert.equal(res2.statusCode, 303);
    const id2 = (await t.db.kysely.selectFrom("story_media").select("story_id").orderBy("created_at", "desc").executeTakeFirstOrThrow()).story_id;
    const staff = await buildStaff(t, { roles: ["moderator"] });
    const moderator = await signIn(t, staff);
    const done = await moderator.post(`/en/admin/stories/${id2}/media/remove`, {}, { formPage: `/en/admin/stories/${id2}` });
    assert.equal(done.statusCode, 303);
    assert.equal(await storiesRepo(t.db.kysely).mediaOf(id2), undefined);
    const audit = await t.db.kysely.selectFrom("audit_log").selectAll().where("action", "=", "story.remove_media").where("target_id", "=", id2).execute();
    assert.equal(audit.length, 1);
  });

  it("takes the file off the portal at once on withdrawal, and erases files and rows after the grace period", async () => {
    const author = newClient();
    const res = await share(author, [await photo()]);
    const mine = (res.headers.location as string).split("?")[0]!;
    const id = await storyBehind(author, mine);
    const files = storyFiles((await storiesRepo(t.db.kysely).mediaOf(id))!);
    const moderator = await signIn(t, await buildStaff(t, { roles: ["moderator"] }));
    await moderator.post(`/en/admin/stories/${id}/decide`, { decision: "approve", note: "" }, { formPage: `/en/admin/stories/${id}` });
    const publicUrl = `/en/stories/${id}/media/${files[0]!.key.split("/").slice(-2).join("/")}`;
    assert.equal((await t.app.inject({ url: publicUrl })).statusCode, 200);

    await author.post(`${mine}/withdraw`, {}, { formPage: `${mine}/withdraw` });
    assert.equal((await t.app.inject({ url: publicUrl })).statusCode, 404, "off the portal at once");
    assert.equal((await author.get(`${mine}/media/${files[0]!.key.split("/").slice(-2).join("/")}`)).statusCode, 404);
    for (const f of files) assert.ok(await t.app.services.storage.exists(f.key), "kept during the grace period (the author may undo)");

    t.clock.advance((t.config.storyWithdrawalGraceHours + 1) * 3_600_000);
    await runMaintenance(t.db, t.config, () => t.clock.now, t.app.services.storage);
    for (const f of files) assert.equal(await t.app.services.storage.exists(f.key), false, "the files are really gone");
    assert.equal(await storiesRepo(t.db.kysely).mediaOf(id), undefined);
    assert.equal(await storiesRepo(t.db.kysely).findById(id), undefined);
  });
});
