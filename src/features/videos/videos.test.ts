import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import sharp from "sharp";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import { Client, csrfFrom } from "../../../tests/support/http.ts";
import { countQueries } from "../../../tests/support/queries.ts";
import { seedDemoVideos } from "../../demo/seed.ts";
import { DEMO_VIDEO_FILE, DEMO_AUDIO_FILE, DEMO_CAPTIONS } from "../../demo/videos-demo.ts";
import { videosService } from "./videos.service.ts";

const VIDEO_LIMIT = 300_000;
let t: TestApp;
let editor: Client;
const webm = readFileSync(DEMO_VIDEO_FILE);
const opus = readFileSync(DEMO_AUDIO_FILE);
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");

interface FilePart {
  field: string;
  filename: string;
  type: string;
  data: Buffer;
}

/** Posts a multipart form as a browser would, with the CSRF token read from `formPage`. */
async function postFiles(client: Client, url: string, formPage: string, fields: Record<string, string>, files: FilePart[]) {
  const token = csrfFrom((await client.get(formPage)).body);
  assert.ok(token, "the form page carries a CSRF token");
  const boundary = `----vsp${randomBytes(8).toString("hex")}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries({ _csrf: token, ...fields })) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.filename}"\r\nContent-Type: ${f.type}\r\n\r\n`), f.data, Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  return t.app.inject({ method: "POST", url, payload: Buffer.concat(parts), headers: { "content-type": `multipart/form-data; boundary=${boundary}`, cookie } });
}

async function auditActions(targetId: string): Promise<string[]> {
  const rows = await t.db.kysely.selectFrom("audit_log").select(["action"]).where("target_id", "=", targetId).orderBy("at").execute();
  return rows.map((r) => r.action);
}

const idFrom = (location: string | undefined, kind: "series" | "episodes") => {
  const m = new RegExp(`/admin/videos/${kind}/([0-9a-f-]{36})`).exec(location ?? "");
  assert.ok(m, `redirected to the new record: ${location}`);
  return m[1]!;
};

async function createSeries(slug: string): Promise<string> {
  const res = await editor.post("/en/admin/videos/series", { in: "en", slug, position: "1", title: `Series ${slug}`, description: "Survivors speak." }, { formPage: "/en/admin/videos/series/new" });
  assert.equal(res.statusCode, 303, res.body.slice(0, 400));
  return idFrom(res.headers.location as string, "series");
}

async function createEpisode(seriesId: string, overrides: Record<string, string> = {}): Promise<string> {
  const res = await editor.post(
    `/en/admin/videos/series/${seriesId}/episodes`,
    { in: "en", slug: "speaking-out", position: "1", duration: "0:20", title: "Speaking out", description: "Why Ingrid tells her story.", content_warning: "Describes an attack", people: "Ingrid", ...overrides },
    { formPage: `/en/admin/videos/series/${seriesId}/episodes/new` },
  );
  assert.equal(res.statusCode, 303, text(res.body).slice(0, 600));
  return idFrom(res.headers.location as string, "episodes");
}

async function publish(path: string, action = "publish") {
  const res = await editor.post(`${path}/publish`, { action }, { formPage: path });
  assert.equal(res.statusCode, 303);
}

before(async () => {
  t = await createTestApp({ env: { MEDIA_MAX_VIDEO_BYTES: String(VIDEO_LIMIT) } });
  editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
});
after(async () => t.close());

describe("who may manage the documentaries", () => {
  it("sends anonymous visitors to the sign-in page and forbids moderators and translators", async () => {
    const anon = await t.app.inject({ url: "/en/admin/videos" });
    assert.equal(anon.statusCode, 303);
    assert.equal(anon.headers.location, "/en/admin/login");
    for (const role of ["moderator", "translator"] as const) {
      const client = await signIn(t, await buildStaff(t, { roles: [role] }));
      const res = await client.get("/en/admin/videos");
      assert.equal(res.statusCode, 403, role);
      assert.doesNotMatch(res.body, /href="\/en\/admin\/videos"/, `no link in the ${role}'s navigation`);
    }
    const ok = await editor.get("/en/admin/videos");
    assert.equal(ok.statusCode, 200);
    assert.match(ok.body, /href="\/en\/admin\/videos"/);
  });
});

describe("writing series and episodes", () => {
  it("creates a series, adds its French texts with the shared facts kept, publishes it and audits each step", async () => {
    const id = await createSeries("oslo");
    const fr = await editor.post(`/en/admin/videos/series/${id}`, { in: "fr", slug: "oslo", position: "1", title: "Survivre au terrorisme", description: "Des survivants parlent." }, { formPage: `/en/admin/videos/series/${id}?in=fr` });
    assert.equal(fr.statusCode, 303);
    assert.equal(fr.headers.location, `/en/admin/videos/series/${id}?in=fr`);
    const page = await editor.get(`/en/admin/videos/series/${id}?in=fr`);
    assert.match(page.body, /value="Survivre au terrorisme"/);
    assert.match(page.body, /<fieldset lang="fr" dir="ltr">/);
    const en = await editor.get(`/en/admin/videos/series/${id}?in=en`);
    assert.match(en.body, /value="Series oslo"/);
    await publish(`/en/admin/videos/series/${id}`);
    assert.deepEqual(await auditActions(id), ["video_series.create", "video_series.edit", "video_series.publish"]);
    assert.equal((await t.app.inject({ url: "/fr/videos/oslo" })).statusCode, 200);
  });

  it("keeps the answers and links each error when the slug, title and duration are wrong", async () => {
    const seriesId = await createSeries("mali");
    const res = await editor.post(`/en/admin/videos/series/${seriesId}/episodes`, { in: "en", slug: "Not a slug!", duration: "ten minutes", title: "", description: "Kept description", embed_url: "http://example.org/video" }, { formPage: `/en/admin/videos/series/${seriesId}/episodes/new` });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<title>Error: /);
    for (const field of ["slug", "duration", "title", "embed_url"]) assert.match(res.body, new RegExp(`href="#field-${field}"`), field);
    assert.match(res.body, /Kept description/);
    assert.match(res.body, /value="ten minutes"/);
    assert.match(res.body, /novalidate/);
  });
});

describe("uploads and captions", () => {
  let seriesId: string;
  let episodeId: string;
  let base: string;

  before(async () => {
    seriesId = await createSeries("uploads");
    episodeId = await createEpisode(seriesId);
    base = `/en/admin/videos/episodes/${episodeId}`;
  });

  it("refuses a PNG renamed .mp4 by its content, and a video over the configured limit, beside the field", async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#336699" } }).png().toBuffer();
    const renamed = await postFiles(editor, `${base}/files`, base, { in: "en" }, [{ field: "video", filename: "episode.mp4", type: "video/mp4", data: png }]);
    assert.equal(renamed.statusCode, 400);
    assert.match(renamed.body, /href="#field-video"/);
    assert.match(text(renamed.body), /The file's content is not of a type accepted here/);
    assert.match(renamed.body, /value="Speaking out"/, "the episode's texts are still in the form");

    const big = Buffer.concat([webm, Buffer.alloc(VIDEO_LIMIT, 0)]);
    const tooLarge = await postFiles(editor, `${base}/files`, base, {}, [{ field: "video", filename: "big.webm", type: "video/webm", data: big }]);
    assert.equal(tooLarge.statusCode, 400);
    assert.match(text(tooLarge.body), /The file is too large/);

    const empty = await postFiles(editor, `${base}/files`, base, {}, [{ field: "audio", filename: "empty.opus", type: "audio/ogg", data: Buffer.alloc(0) }]);
    assert.equal(empty.statusCode, 400);
    assert.match(text(empty.body), /The file is empty/);
  });

  it("keeps a valid WebM and audio, and serves the video with byte ranges and nosniff to staff while it is a draft", async () => {
    const res = await postFiles(editor, `${base}/files`, base, { in: "en" }, [
      { field: "video", filename: "whatever.bin", type: "application/octet-stream", data: webm },
      { field: "audio", filename: "audio.opus", type: "audio/ogg", data: opus },
    ]);
    assert.equal(res.statusCode, 303, text(res.body).slice(0, 500));
    const page = await editor.get(base);
    const src = /href="(\/media\/videos\/[0-9a-f-]{36}\/[0-9a-f]{16}\.webm)"/.exec(page.body)?.[1];
    assert.ok(src, "the admin page links the stored video");
    assert.match(text(page.body), /hidden information removed/);
    const ranged = await editor.get(src, { range: "bytes=0-99" });
    assert.equal(ranged.statusCode, 206);
    assert.equal(ranged.headers["content-type"], "video/webm");
    assert.equal(ranged.headers["x-content-type-options"], "nosniff");
    assert.match(String(ranged.headers["content-range"]), /^bytes 0-99\/\d+$/);
    assert.equal(ranged.rawPayload.length, 100);
    assert.equal(ranged.headers["cache-control"], "private, no-store");
    const anon = await t.app.inject({ url: src });
    assert.equal(anon.statusCode, 404, "a draft's media is not public");
    const actions = await auditActions(episodeId);
    assert.ok(actions.includes("video_episode.create") && actions.includes("video_episode.upload"), actions.join());
  });

  it("re-encodes the poster without its metadata", async () => {
    const jpeg = await sharp({ create: { width: 640, height: 360, channels: 3, background: "#884422" } })
      .jpeg()
      .withExif({ IFD0: { Copyright: "Secret Camera Owner", Make: "SpyCam" } })
      .toBuffer();
    assert.ok((await sharp(jpeg).metadata()).exif, "the upload carries EXIF");
    const res = await postFiles(editor, `${base}/files`, base, {}, [{ field: "poster", filename: "poster.jpg", type: "image/jpeg", data: jpeg }]);
    assert.equal(res.statusCode, 303, text(res.body).slice(0, 500));
    const page = await editor.get(base);
    const src = /<img src="(\/media\/videos\/[^"]+\.jpg)"/.exec(page.body)?.[1];
    assert.ok(src, "the poster is shown");
    const stored = await editor.get(src);
    assert.equal(stored.statusCode, 200);
    const meta = await sharp(stored.rawPayload).metadata();
    assert.equal(meta.exif, undefined);
    assert.ok(!stored.rawPayload.includes(Buffer.from("Secret Camera Owner")));
  });

  it("refuses a caption file with an error and says on which line", async () => {
    const bad = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nFine\n\n2\n00:00:04.000 -> 00:00:06.000\nBroken arrow\n";
    const res = await postFiles(editor, `${base}/captions`, base, { caption_locale: "fr" }, [{ field: "captions", filename: "fr.vtt", type: "text/vtt", data: Buffer.from(bad) }]);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /href="#field-captions"/);
    assert.match(text(res.body), /The captions file is not valid WebVTT/);
    assert.match(text(res.body), /Line 8:/);
    assert.match(res.body, /<option value="fr" selected>/, "the chosen language is kept");
  });

  it("publishes captions as tracks, a transcript with timestamps, JSON-LD and search entries; unpublishing removes them", async () => {
    for (const l of ["en", "fr", "ar"] as const) {
      const vtt = l === "en" ? DEMO_CAPTIONS.en!.replace("find my way back to life", "find the lighthouse again") : DEMO_CAPTIONS[l]!;
      const res = await postFiles(editor, `${base}/captions`, base, { caption_locale: l }, [{ field: "captions", filename: `${l}.vtt`, type: "text/vtt", data: Buffer.from(vtt) }]);
      assert.equal(res.statusCode, 303, text(res.body).slice(0, 500));
    }
    await publish(`/en/admin/videos/series/${seriesId}`);
    await publish(base);
    assert.ok((await auditActions(episodeId)).includes("video_episode.captions"));

    const page = await t.app.inject({ url: "/fr/videos/uploads/speaking-out" });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<video id="episode-player" class="video-player" controls="" preload="metadata"|<video[^>]*preload="metadata"/);
    assert.match(page.body, /<track kind="captions" src="\/media\/videos\/[^"]+\/captions-fr\.vtt" srclang="fr" label="français" default(="")?\/?>/);
    assert.match(page.body, /<track kind="captions" src="\/media\/videos\/[^"]+\/captions-ar\.vtt" srclang="ar" label="arabe"\/?>/);
    assert.match(page.body, /href="\/media\/videos\/[^"]+\.webm#t=9" data-seek="9"/);
    assert.match(text(page.body), /Pendant des années/);
    assert.match(page.body, /<details class="content-warning">/);
    assert.match(page.body, /<audio controls="?"? ?preload="none"|<audio controls preload="none"/);
    const ld = /<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/s.exec(page.body)?.[1];
    assert.ok(ld);
    const data = JSON.parse(ld) as Record<string, unknown>;
    assert.equal(data["@type"], "VideoObject");
    assert.equal(data.duration, "PT20S");
    assert.match(String(data.contentUrl), /\/media\/videos\/.+\.webm$/);
    assert.match(String(data.transcript), /Pendant des années/);
    const captions = data.caption as { inLanguage: string; encodingFormat: string }[];
    assert.deepEqual(captions.map((c) => c.inLanguage), ["ar", "en", "fr"]);
    assert.ok(captions.every((c) => c.encodingFormat === "text/vtt"));

    // The English page falls back to nothing: its own captions and transcript; the track is served as WebVTT.
    const enPage = await t.app.inject({ url: "/en/videos/uploads/speaking-out" });
    const track = /src="(\/media\/videos\/[^"]+\/captions-en\.vtt)"/.exec(enPage.body)?.[1];
    const vtt = await t.app.inject({ url: track! });
    assert.equal(vtt.statusCode, 200);
    assert.match(String(vtt.headers["content-type"]), /^text\/vtt/);
    assert.equal(vtt.headers["x-content-type-options"], "nosniff");
    assert.match(String(vtt.headers["cache-control"]), /^public/);
    const transcript = await t.app.inject({ url: track!.replace("captions-en.vtt", "transcript-en.txt") });
    assert.match(transcript.body, /\[0:00\] Ingrid: I was nineteen/);

    const found = await t.app.inject({ url: "/en/search?q=lighthouse" });
    assert.match(found.body, /href="\/en\/videos\/uploads\/speaking-out"/);
    const sitemap = await t.app.inject({ url: "/sitemap.xml" });
    assert.match(sitemap.body, /\/ar\/videos\/uploads\/speaking-out<\/loc>/);

    await publish(base, "unpublish");
    assert.equal((await t.app.inject({ url: "/en/videos/uploads/speaking-out" })).statusCode, 404);
    assert.equal((await t.app.inject({ url: track! })).statusCode, 404);
    assert.doesNotMatch((await t.app.inject({ url: "/en/search?q=lighthouse" })).body, /speaking-out/);
    assert.deepEqual((await auditActions(episodeId)).slice(-2), ["video_episode.publish", "video_episode.unpublish"]);
  });

  it("loads an external player only on request, framing only its host on that page", async () => {
    const id = await createEpisode(seriesId, { slug: "external", embed_url: "https://youtu.be/dQw4w9WgXcQ" });
    await publish(`/en/admin/videos/episodes/${id}`);
    const page = await t.app.inject({ url: "/en/videos/uploads/external" });
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers["content-security-policy"]), /frame-src https:\/\/www\.youtube-nocookie\.com/);
    assert.doesNotMatch(page.body, /<iframe/);
    assert.match(page.body, /href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ"/);
    assert.match(page.body, /data-embed-src="https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ"/);
    const other = await t.app.inject({ url: "/en/videos" });
    assert.doesNotMatch(String(other.headers["content-security-policy"]), /frame-src/);
  });
});

describe("the list of documentaries", () => {
  async function publishedSeriesWithEpisode(slug: string) {
    const id = await createSeries(slug);
    await publish(`/en/admin/videos/series/${id}`);
    await publish(`/en/admin/videos/episodes/${await createEpisode(id, { title: `Episode of ${slug}` })}`);
  }

  it("reads the same number of queries for one series as for five, and shows every series with its episodes", async () => {
    await publishedSeriesWithEpisode("list-1");
    const one = await countQueries(t.db, () => t.app.inject({ url: "/en/videos" }));
    assert.equal(one.result.statusCode, 200);
    for (const n of [2, 3, 4, 5]) await publishedSeriesWithEpisode(`list-${n}`);
    const five = await countQueries(t.db, () => t.app.inject({ url: "/en/videos" }));
    assert.equal(five.result.statusCode, 200);
    assert.ok(one.count > 0, "the first list was read from the database");
    assert.equal(five.count, one.count, five.statements.join("\n"));
    for (const n of [1, 2, 3, 4, 5]) {
      assert.match(five.result.body, new RegExp(`Series list-${n}`));
      assert.match(five.result.body, new RegExp(`Episode of list-${n}`));
    }
    const admin = await countQueries(t.db, () => editor.get("/en/admin/videos"));
    for (const n of [1, 2, 3, 4, 5]) assert.match(admin.result.body, new RegExp(`Episode of list-${n}`));
    await publishedSeriesWithEpisode("list-6");
    const more = await countQueries(t.db, () => editor.get("/en/admin/videos"));
    assert.equal(more.count, admin.count, "the staff list too");
  });
});

describe("the demo documentary", () => {
  it("seeds the Norway series once, published, with its committed files and captions (no ffmpeg needed)", async () => {
    assert.equal(await seedDemoVideos(t.db, t.app.services.storage), 1);
    assert.equal(await seedDemoVideos(t.db, t.app.services.storage), 0);
    const list = await t.app.inject({ url: "/ar/videos" });
    assert.match(list.body, /النجاة من الإرهاب: أصوات الضحايا من النرويج/);
    assert.match(list.body, /<picture><source type="image\/avif" srcset="\/media\/videos\//);
    const page = await t.app.inject({ url: "/ar/videos/norway/speaking-out" });
    assert.equal(page.statusCode, 200);
    assert.equal((page.body.match(/<track kind="captions"/g) ?? []).length, 6);
    assert.match(page.body, /srclang="ar" label="[^"]+" default/);
    const video = /<source src="([^"]+)" type="video\/webm"/.exec(page.body)?.[1];
    const res = await t.app.inject({ url: video!, headers: { range: "bytes=100-" } });
    assert.equal(res.statusCode, 206);
    assert.equal(res.headers["cache-control"], "public, max-age=3600, s-maxage=60");
  });
});

describe("transcripts", () => {
  it("parses an episode's captions once, gives the same transcript on later views, and a new one as soon as the captions change", async () => {
    const { db, storage, clock, config } = t.app.services;
    const videos = videosService(db, storage, clock, config);
    const episodeId = await createEpisode(await createSeries("transcripts"));
    const ep = (await videos.repo.findEpisode(episodeId))!;
    const vtt = (s: string) => new TextEncoder().encode(`WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n${s}\n`);
    assert.equal((await videos.saveCaptions(ep, "en", vtt("The harbour at dawn."), 100_000)).ok, true);

    const readsText = (statements: string[]) => statements.some((q) => /"vtt"|select \* from "video_captions"/i.test(q));
    const first = await countQueries(t.db, () => videos.transcriptOf(episodeId, "fr"));
    assert.ok(readsText(first.statements), "the first view reads the captions");
    assert.deepEqual(first.result, { locale: "en", paragraphs: [{ start: 1, end: 3, text: "The harbour at dawn." }] });
    const again = await countQueries(t.db, () => videos.transcriptOf(episodeId, "fr"));
    assert.ok(!readsText(again.statements), again.statements.join("\n"));
    assert.deepEqual(again.result, first.result);

    // Same length, same clock: the stamp alone would not tell these captions apart.
    assert.equal((await videos.saveCaptions(ep, "en", vtt("The harbour at night"), 100_000)).ok, true);
    assert.equal((await videos.transcriptOf(episodeId, "fr"))?.paragraphs[0]?.text, "The harbour at night");
    assert.equal((await videos.saveCaptions(ep, "fr", vtt("Le port à l'aube."), 100_000)).ok, true);
    assert.deepEqual(await videos.transcriptOf(episodeId, "fr"), { locale: "fr", paragraphs: [{ start: 1, end: 3, text: "Le port à l'aube." }] });
    await videos.removeCaptions(ep, "fr");
    assert.equal((await videos.transcriptOf(episodeId, "fr"))?.locale, "en");
  });
});

describe("without ffmpeg", () => {
  it("keeps uploads but tells staff clearly that the hidden metadata was not removed", async () => {
    const other = await createTestApp({ env: { FFMPEG_PATH: "/nonexistent/ffmpeg" } });
    const saved = { t, editor };
    try {
      t = other;
      editor = await signIn(t, await buildStaff(t, { roles: ["admin"] }));
      const list = await editor.get("/en/admin/videos");
      assert.match(text(list.body), /ffmpeg is not installed on this server/);
      const episodeId = await createEpisode(await createSeries("no-ffmpeg"));
      const base = `/en/admin/videos/episodes/${episodeId}`;
      const res = await postFiles(editor, `${base}/files`, base, {}, [{ field: "video", filename: "v.webm", type: "video/webm", data: webm }]);
      assert.equal(res.statusCode, 303);
      const page = await editor.get(base);
      assert.match(text(page.body), /ffmpeg is not installed on this server/);
      assert.match(text(page.body), /hidden information NOT removed/);
    } finally {
      t = saved.t;
      editor = saved.editor;
      await other.close();
    }
  });
});
