import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { ConfigError, loadConfig } from "../../config.ts";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import { Client, csrfFrom } from "../../../tests/support/http.ts";
import { tributesRepo } from "./tributes.repo.ts";
import { WALL_KEPT_SECONDS } from "./tributes.routes.ts";
import { reviewList } from "./tributes.text.ts";

/**
 * The tribute wall. Each test posts from its own address (the form allows 5 posts an hour per address),
 * and moves the app's clock past the minimum time on page (5 seconds by default) unless it tests it.
 */
let t: TestApp;
let address = 10;
const WALL = "/en/remembrance/tributes";
const newVisitor = () => new Client(t.app, {}, `192.0.2.${address++}`);
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");
const repo = () => tributesRepo(t.db.kysely);

/** Opens the wall as a browser does: the CSRF token and the signed time the form was shown. */
async function openForm(client: Client, path = WALL) {
  const page = await client.get(path);
  assert.equal(page.statusCode, 200);
  const started = /name="started" value="([^"]+)"/.exec(page.body)?.[1];
  assert.ok(started, "the form carries its timing token");
  return { _csrf: csrfFrom(page.body)!, started };
}

/** The least time on page (5 s) plus the age a kept copy of the wall may have, and a second. */
const ENOUGH_MS = (5 + WALL_KEPT_SECONDS) * 1000 + 1000;

/** Leaves a message after reading the page for `wait` milliseconds (long enough unless told). */
async function leave(client: Client, form: Record<string, string>, wait = ENOUGH_MS, path = WALL) {
  const hidden = await openForm(client, path);
  t.clock.advance(wait);
  return client.post(path, { ...hidden, message_language: "en", ...form });
}

async function moderator(): Promise<Client> {
  return signIn(t, await buildStaff(t, { roles: ["moderator"] }));
}

/** Decides on the one message in the queue `status` that says `words`. */
async function decide(staff: Client, words: string, decision: "approve" | "reject", status = "pending", reason = "") {
  const queue = await staff.get(`/en/admin/tributes?status=${status}`);
  assert.equal(queue.statusCode, 200);
  const item = queue.body.split("<li>").find((chunk) => text(chunk).includes(words));
  assert.ok(item, `"${words}" is in the ${status} queue`);
  const id = /action="\/en\/admin\/tributes\/([0-9a-f-]{36})\/decide"/.exec(item)![1]!;
  const res = await staff.post(`/en/admin/tributes/${id}/decide`, { decision, reason }, { formPage: `/en/admin/tributes?status=${status}` });
  assert.equal(res.statusCode, 303);
  return id;
}

before(async () => {
  t = await createTestApp({ env: { TRIBUTE_REVIEW_WORDS: "bomb,Ненависть,炸弹,كراهية,kill them" } });
});
after(async () => t.close());

describe("leaving a tribute", () => {
  it("asks no e-mail address, defaults to the page's language and to no country, and links back to the International Day", async () => {
    const page = await newVisitor().get("/es/remembrance/tributes");
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<form method="post" action="\/es\/remembrance\/tributes" novalidate/);
    assert.doesNotMatch(page.body, /type="email"/);
    assert.match(page.body, /<select id="field-message_language" name="message_language"[^>]*>.*?<option value="es" selected>/);
    assert.match(page.body, /<select id="field-author_country"[^>]*><option value selected>Prefiero no decirlo<\/option>/);
    assert.match(page.body, /href="\/es\/remembrance"/);
    const ids = [...page.body.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, "the form and the filters share no id");
  });

  it("thanks the writer and keeps the message off the wall until a moderator approves it; then it is on the wall at once", async () => {
    const visitor = newVisitor();
    const res = await leave(visitor, { message: "We stand with you, today and always.", name: "Amina", author_country: "KE" });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, WALL);
    const after = await visitor.get(WALL);
    assert.ok(text(after.body).includes("waiting for moderation"), "the flash says it waits for moderation");
    assert.ok(!after.body.includes("We stand with you, today and always."), "not shown before approval");

    const staff = await moderator();
    const id = await decide(staff, "We stand with you, today and always.", "approve");
    const wall = text((await newVisitor().get(WALL)).body);
    assert.ok(wall.includes("We stand with you, today and always."), "on the wall once approved");
    assert.ok(wall.includes("Amina") && wall.includes("Kenya"), "with the name and the country's name");
    const audit = await t.db.kysely.selectFrom("audit_log").selectAll().where("target_id", "=", id).execute();
    assert.deepEqual(audit.map((a) => a.action), ["tribute.approve"]);
    assert.equal((await repo().find(id))?.status, "approved");
  });

  it("signs a message without a name as anonymous and marks it with its own language and direction", async () => {
    const res = await leave(newVisitor(), { message: "نحن معكم دائمًا", message_language: "ar" });
    assert.equal(res.statusCode, 303);
    await decide(await moderator(), "نحن معكم دائمًا", "approve");
    const wall = (await newVisitor().get(`${WALL}?language=ar`)).body;
    assert.match(wall, /<li><p class="prewrap tribute-text" dir="rtl" lang="ar">نحن معكم دائمًا<\/p><p class="meta"><bdi>Anonymous<\/bdi>/);
  });

  it("keeps the answers and links each error when the message is missing or too long", async () => {
    const empty = await leave(newVisitor(), { message: "  ", name: "Lena" });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /<title>Error: /);
    assert.match(empty.body, /<a href="#field-message">Write your message<\/a>/);
    assert.match(empty.body, /value="Lena"/);
    const long = await leave(newVisitor(), { message: "a".repeat(501) });
    assert.equal(long.statusCode, 400);
    assert.match(long.body, /500 characters or fewer/);
  });
});

describe("moderation", () => {
  it("lists each state oldest first, rejects with a reason kept and audited, and never shows a rejected message", async () => {
    const v = newVisitor();
    await leave(v, { message: "First of two, oldest" });
    await leave(v, { message: "Second of two, newer" });
    const staff = await moderator();
    const queue = text((await staff.get("/en/admin/tributes")).body);
    assert.ok(queue.indexOf("First of two, oldest") < queue.indexOf("Second of two, newer"), "oldest first");
    const id = await decide(staff, "Second of two, newer", "reject", "pending", "Off topic");
    const rejected = text((await staff.get("/en/admin/tributes?status=rejected")).body);
    assert.ok(rejected.includes("Second of two, newer") && rejected.includes("Off topic"));
    assert.ok(!(await newVisitor().get(WALL)).body.includes("Second of two, newer"));
    const audit = await t.db.kysely.selectFrom("audit_log").selectAll().where("target_id", "=", id).executeTakeFirstOrThrow();
    assert.equal(audit.action, "tribute.reject");
    assert.deepEqual(JSON.parse(audit.details!), { from: "pending", reason: "Off topic" });
    // A rejected message can still be approved after a second look.
    await decide(staff, "Second of two, newer", "approve", "rejected");
    assert.ok((await newVisitor().get(WALL)).body.includes("Second of two, newer"));
  });

  it("is for moderators and admins: an editor gets 403, a visitor is sent to sign in", async () => {
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    assert.equal((await editor.get("/en/admin/tributes")).statusCode, 403);
    const anon = await newVisitor().get("/en/admin/tributes");
    assert.equal(anon.statusCode, 303);
    assert.equal(anon.headers.location, "/en/admin/login");
  });

  it("refuses a decision that is neither approve nor reject", async () => {
    await leave(newVisitor(), { message: "A message for an odd decision" });
    const staff = await moderator();
    const queue = await staff.get("/en/admin/tributes");
    const id = /action="\/en\/admin\/tributes\/([0-9a-f-]{36})\/decide"/.exec(queue.body)![1]!;
    const res = await staff.post(`/en/admin/tributes/${id}/decide`, { decision: "publish" }, { formPage: "/en/admin/tributes" });
    assert.equal(res.statusCode, 400);
  });
});

describe("anti-spam rules, each alone", () => {
  it("allows five messages an hour from one address, then answers 429; another address is not affected", async () => {
    const robot = newVisitor();
    for (let i = 1; i <= 5; i++) assert.equal((await leave(robot, { message: `Rate limited message ${i}` })).statusCode, 303);
    const sixth = await leave(robot, { message: "Rate limited message 6" });
    assert.equal(sixth.statusCode, 429);
    assert.equal((await leave(newVisitor(), { message: "From another address" })).statusCode, 303);
    const queued = await repo().queue("pending", 500, 0);
    assert.equal(queued.rows.filter((r) => r.body.startsWith("Rate limited message")).length, 5);
  });

  it("refuses a form whose honeypot field is filled, and stores nothing", async () => {
    const res = await leave(newVisitor(), { message: "Honeypot message", website: "https://spam.example" });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /href="#field-website"/);
    assert.ok(!(await repo().queue("pending", 500, 0)).rows.some((r) => r.body === "Honeypot message"));
  });

  it("refuses a message sent faster than the minimum time on page, keeps the words, and accepts it once the time has passed", async () => {
    const visitor = newVisitor();
    const fast = await leave(visitor, { message: "Too quick a message", name: "Quick" }, 1_000);
    assert.equal(fast.statusCode, 400);
    assert.match(fast.body, /<a href="#field-message">That was very quick/);
    assert.match(fast.body, />Too quick a message<\/textarea>/);
    assert.match(fast.body, /value="Quick"/);
    assert.ok(!(await repo().queue("pending", 500, 0)).rows.some((r) => r.body === "Too quick a message"));
    // The re-shown form keeps the time it was first shown: a few more seconds and it goes through.
    const started = /name="started" value="([^"]+)"/.exec(fast.body)![1]!;
    t.clock.advance(ENOUGH_MS - 1_000);
    const again = await visitor.post(WALL, { _csrf: csrfFrom(fast.body)!, started, message: "Too quick a message", message_language: "en" });
    assert.equal(again.statusCode, 303);
  });

  it("keeps the wall's page briefly, and counts the minimum time from when the kept copy was rendered", async () => {
    const tokenOf = (html: string) => /name="started" value="([^"]+)"/.exec(html)?.[1];
    const shown = await newVisitor().get(WALL);
    const maxAge = /s-maxage=(\d+)/.exec(String(shown.headers["cache-control"]));
    assert.ok(maxAge && Number(maxAge[1]) <= WALL_KEPT_SECONDS, `a CDN keeps it no longer: ${shown.headers["cache-control"]}`);
    await new Promise((r) => setTimeout(r, 300)); // the copy is stored after the answer
    // Nine seconds later, another reader gets the same copy, and the time it was rendered.
    t.clock.advance((WALL_KEPT_SECONDS - 1) * 1000);
    const reader = newVisitor();
    const kept = await reader.get(WALL);
    assert.equal(kept.headers["x-cache"], "hit");
    const started = tokenOf(kept.body)!;
    assert.equal(started, tokenOf(shown.body));
    // Sent four seconds after they opened it: under the minimum for them, though the copy is 13 s old.
    t.clock.advance(4_000);
    const form = { _csrf: csrfFrom(kept.body)!, started, message: "Sent from a kept copy", message_language: "en" };
    const early = await reader.post(WALL, form);
    assert.equal(early.statusCode, 400);
    assert.match(early.body, /That was very quick/);
    t.clock.advance(2_000);
    assert.equal((await reader.post(WALL, form)).statusCode, 303);
    // A copy is dropped once it is WALL_KEPT_SECONDS old: the wall is rendered again, with a new time.
    const again = await newVisitor().get(WALL);
    await new Promise((r) => setTimeout(r, 300));
    t.clock.advance((WALL_KEPT_SECONDS - 1) * 1000);
    assert.equal((await newVisitor().get(WALL)).headers["x-cache"], "hit");
    t.clock.advance(1_000);
    const later = await newVisitor().get(WALL);
    assert.notEqual(later.headers["x-cache"], "hit");
    assert.notEqual(tokenOf(later.body), tokenOf(again.body));
  });

  it("refuses a form older than a day, and a forged or missing timing token, with a friendly message", async () => {
    const old = await leave(newVisitor(), { message: "An old form" }, 25 * 60 * 60 * 1000);
    assert.equal(old.statusCode, 400);
    assert.match(old.body, /This page was open for a long time/);
    assert.match(old.body, />An old form<\/textarea>/);
    const v = newVisitor();
    const hidden = await openForm(v);
    t.clock.advance(6_000);
    const [issued] = hidden.started.split(".");
    const forged = await v.post(WALL, { ...hidden, started: `${Number(issued) - 60_000}.${"A".repeat(43)}`, message: "A forged form", message_language: "en" });
    assert.equal(forged.statusCode, 400);
    assert.match(forged.body, /This page was open for a long time/);
    const missing = await v.post(WALL, { _csrf: hidden._csrf, message: "A form without a token", message_language: "en" });
    assert.equal(missing.statusCode, 400);
    const stored = (await repo().queue("pending", 500, 0)).rows.map((r) => r.body);
    assert.ok(!stored.includes("An old form") && !stored.includes("A forged form") && !stored.includes("A form without a token"));
  });

  it("sends a message with a word from the review list to the flagged queue, never to the wall, with the words highlighted", async () => {
    const res = await leave(newVisitor(), { message: "They planted a BOMB in the market." });
    assert.equal(res.statusCode, 303, "the writer is thanked the same way");
    const staff = await moderator();
    const flagged = await staff.get("/en/admin/tributes?status=flagged");
    assert.match(flagged.body, /They planted a <mark>BOMB<\/mark> in the market\./);
    assert.match(text(flagged.body), /Words from the review list: bomb/);
    assert.ok(!text((await staff.get("/en/admin/tributes?status=pending")).body).includes("They planted a BOMB"));
    assert.ok(!(await newVisitor().get(WALL)).body.includes("They planted a BOMB"), "never published on its own");
    // Approving a flagged message is a moderator's choice: then it shows.
    await decide(staff, "They planted a BOMB in the market.", "approve", "flagged");
    assert.ok((await newVisitor().get(WALL)).body.includes("They planted a BOMB in the market."));
  });
});

describe("the review list", () => {
  it("is read from TRIBUTE_REVIEW_WORDS and a file of one word or phrase a line, and a missing file stops the start", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vsp-words-"));
    try {
      const file = path.join(dir, "words.txt");
      writeFileSync(file, "# words for review\nhate speech\r\n  bomb \n\n");
      const config = loadConfig({ TRIBUTE_REVIEW_WORDS: " bomb, attack ,", TRIBUTE_REVIEW_WORDS_FILE: file }, { readDotEnv: false });
      assert.deepEqual(config.tributeReviewWords, ["bomb", "attack", "hate speech"]);
      assert.equal(config.tributeMinSeconds, 5);
      assert.throws(() => loadConfig({ TRIBUTE_REVIEW_WORDS_FILE: path.join(dir, "missing.txt") }, { readDotEnv: false }), (e: unknown) => e instanceof ConfigError && /TRIBUTE_REVIEW_WORDS_FILE/.test(e.message));
      assert.throws(() => loadConfig({ TRIBUTE_MIN_SECONDS: "-1" }, { readDotEnv: false }), /TRIBUTE_MIN_SECONDS/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const list = reviewList(["bomb", "Ненависть", "炸弹", "كراهية", "kill them", "café"]);
  it("matches whole words only, in any case, after Unicode normalisation", () => {
    assert.deepEqual(list.find("A Bomb."), ["bomb"]);
    assert.deepEqual(list.find("bombastic bombs"), []);
    assert.deepEqual(list.find("ＢＯＭＢ"), ["bomb"], "full-width letters fold to the same word");
    assert.deepEqual(list.find("Я чувствую НЕНАВИСТЬ"), ["Ненависть"]);
    assert.deepEqual(list.find("KILL   them all"), ["kill them"]);
    assert.deepEqual(list.find("cafe\u0301 CAFÉ"), ["café"]);
  });
  it("matches Arabic with or without short vowels and tatweel, and Chinese inside a sentence", () => {
    assert.deepEqual(list.find("لا مكان لِلْكَرَاهِيَة"), [], "a word with a prefix is another word");
    assert.deepEqual(list.find("لا مكان لـ كَرَاهِيَة هنا"), ["كراهية"]);
    assert.deepEqual(list.find("他们放了炸弹。"), ["炸弹"]);
  });
  it("cuts a text into parts for highlighting, the matched parts as written", () => {
    assert.deepEqual(list.highlight("No ＢＯＭＢ here"), [
      { text: "No ", match: false },
      { text: "ＢＯＭＢ", match: true },
      { text: " here", match: false },
    ]);
  });
});

describe("the wall", () => {
  before(async () => {
    // 23 approved messages: 12 in French from France, 11 in Spanish from Mexico, a minute apart.
    const base = Date.parse("2026-08-21T08:00:00Z");
    for (let i = 0; i < 23; i++) {
      const fr = i < 12;
      const id = await repo().add({ body: `${fr ? "Pensées" : "Recuerdos"} numéro ${i}`, name: null, country: fr ? "FR" : "MX", language: fr ? "fr" : "es", status: "pending", flaggedWords: [], at: new Date(base + i * 60_000).toISOString() });
      await repo().decide(id, "approved", null, null, new Date(base + i * 60_000).toISOString());
    }
  });

  it("shows approved messages newest first, 20 a page, with the count", async () => {
    const first = (await newVisitor().get("/en/remembrance/tributes?country=MX")).body;
    assert.ok(text(first).includes("11 messages"));
    assert.ok(text(first).indexOf("Recuerdos numéro 22") < text(first).indexOf("Recuerdos numéro 12"), "newest first");
    const all = await newVisitor().get(WALL);
    const total = (await repo().wall({}, 1, 0)).total;
    assert.ok(total > 20);
    assert.match(all.body, /rel="next"/);
    const second = await newVisitor().get(`${WALL}?page=2`);
    assert.equal(second.statusCode, 200);
    assert.equal((second.body.match(/class="prewrap tribute-text"/g) ?? []).length, total - 20);
    assert.equal((await newVisitor().get(`${WALL}?page=9`)).statusCode, 404);
  });

  it("filters by language and by country, and keeps the filters in the page links", async () => {
    const fr = await newVisitor().get(`${WALL}?language=fr`);
    assert.equal(fr.statusCode, 200);
    assert.ok(text(fr.body).includes("12 messages"));
    assert.ok(!fr.body.includes("Recuerdos"));
    assert.match(fr.body, /<option value="fr" selected>French<\/option>/);
    const mx = await newVisitor().get(`${WALL}?country=mx&language=es`);
    assert.ok(text(mx.body).includes("11 messages"));
    assert.ok(!mx.body.includes("Pensées"));
    assert.match(mx.body, /<option value="MX" selected>Mexico<\/option>/);
    const none = await newVisitor().get(`${WALL}?language=fr&country=MX`);
    assert.ok(text(none.body).includes("No messages yet."));
  });

  it("answers 400 with an error summary for a filter value that is not offered", async () => {
    const bad = await newVisitor().get(`${WALL}?language=xx&country=France&page=abc`);
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /<title>Error: /);
    assert.match(bad.body, /<a href="#field-language">Choose a language from the list<\/a>/);
    assert.match(bad.body, /<a href="#field-country">Choose a country from the list<\/a>/);
    assert.match(bad.body, /<a href="#field-page">That page number does not exist<\/a>/);
  });

  it("escapes hostile text, strips bidirectional controls and never makes a link clickable", async () => {
    const hostile = "<script>alert(1)</script> see https://evil.example/x \u202Egnp.exe";
    const res = await leave(newVisitor(), { message: hostile, name: "<img src=x onerror=alert(1)>\u2067Eve" });
    assert.equal(res.statusCode, 303);
    const stored = (await repo().queue("pending", 500, 0)).rows.find((r) => r.body.includes("evil.example"))!;
    assert.equal(stored.body, "<script>alert(1)</script> see https://evil.example/x gnp.exe");
    assert.equal(stored.name, "<img src=x onerror=alert(1)>Eve");
    const staff = await moderator();
    const queue = (await staff.get("/en/admin/tributes")).body;
    assert.ok(!queue.includes("<script>alert(1)") && !queue.includes("<img src=x"));
    await decide(staff, "see https://evil.example/x", "approve");
    const wall = (await newVisitor().get(WALL)).body;
    assert.ok(wall.includes("&lt;script>alert(1)&lt;/script> see https://evil.example/x gnp.exe"));
    assert.ok(wall.includes("<bdi>&lt;img src=x onerror=alert(1)>Eve</bdi>"));
    assert.ok(!wall.includes('href="https://evil.example'), "no link made from the text");
    assert.ok(!wall.includes("\u202E") && !wall.includes("\u2067"));
  });
});
