import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import { Client } from "../../../tests/support/http.ts";
import { runMaintenance } from "../../jobs/maintenance.ts";
import { StoryTextSchema } from "./stories.schema.ts";
import { storiesService } from "./stories.service.ts";
import { storyVoicesRepo } from "./story-voices.repo.ts";

/**
 * Messages of support. The form allows 10 posts an hour from one address, like the share form, and
 * every post here comes from the same address: the stories below make 9, then the last one checks the limit.
 */
let t: TestApp;
let posts = 0;
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");
const service = () => storiesService(t.db, () => t.clock.now, { fieldKey: t.app.services.keys.field, contactRetentionDays: 30, withdrawalGraceHours: 72, storage: t.app.services.storage });

/** A published story; returns its public path and its author's private link. */
async function publishedStory(title: string, approve = true): Promise<{ id: string; page: string; mine: string }> {
  const story = StoryTextSchema.parse({ title, body: `The story called ${title}.`, language: "en" });
  const { id, token } = await service().submit(story, { naming: "anonymous", displayName: null, publish: true, translate: false, quote: false }, undefined);
  if (approve) await service().decide(id, "approve", null);
  return { id, page: `/en/stories/${id}`, mine: `/en/stories/mine/${token}` };
}

/** A reader sends a message from the story page, as a browser would. */
async function send(client: Client, storyPage: string, form: Record<string, string>) {
  posts += 1;
  return client.post(`${storyPage}/support`, form, { formPage: storyPage });
}

async function moderator(): Promise<Client> {
  return signIn(t, await buildStaff(t, { roles: ["moderator"] }));
}

/** Approves or rejects the one pending message that says `words`. */
async function decide(staff: Client, words: string, decision: "approve" | "reject") {
  const queue = await staff.get("/en/admin/story-support");
  assert.equal(queue.statusCode, 200);
  const item = queue.body.split("<li>").find((chunk) => chunk.includes(words));
  assert.ok(item, `"${words}" is in the queue`);
  const id = /action="\/en\/admin\/story-support\/([0-9a-f-]{36})\/decide"/.exec(item)![1]!;
  const res = await staff.post(`/en/admin/story-support/${id}/decide`, { decision }, { formPage: "/en/admin/story-support" });
  assert.equal(res.statusCode, 303);
  return id;
}

before(async () => {
  t = await createTestApp();
});
after(async () => t.close());

describe("sending a message of support", () => {
  it("thanks the reader and keeps the message from everyone until a moderator approves it; then readers and the author see it", async () => {
    const story = await publishedStory("A story readers answer");
    const reader = new Client(t.app);
    const form = await reader.get(story.page);
    assert.match(form.body, /<form method="post" action="\/en\/stories\/[0-9a-f-]{36}\/support" novalidate/);
    assert.match(form.body, /name="_csrf"/);
    assert.doesNotMatch(form.body, /type="email"/, "no e-mail address is asked");
    assert.match(text(form.body), /No message of support yet\./);

    const sent = await send(reader, story.page, { message: "You are so brave. Thank you for sharing.", name: "Léa" });
    assert.equal(sent.statusCode, 303);
    assert.equal(sent.headers.location, story.page);
    const after = await reader.get(story.page);
    assert.match(text(after.body), /Thank you\. Your message will be read by a moderator before anyone sees it\./);
    assert.doesNotMatch(after.body, /You are so brave/, "not shown before moderation");
    assert.doesNotMatch((await new Client(t.app).get(story.mine)).body, /You are so brave/, "not even to the author");

    const staff = await moderator();
    const queue = text((await staff.get("/en/admin/story-support")).body);
    assert.match(queue, /To the story: A story readers answer/);
    const id = await decide(staff, "You are so brave", "approve");

    const page = await t.app.inject({ url: story.page });
    assert.match(text(page.body), /Messages of support 1 message of support\. You are so brave\. Thank you for sharing\. Léa ·/);
    const mine = text((await new Client(t.app).get(story.mine)).body);
    assert.match(mine, /A reader wrote to you\..*You are so brave\. Thank you for sharing\./);
    const audit = await t.db.kysely.selectFrom("audit_log").select(["action", "target_type"]).where("target_id", "=", id).execute();
    assert.deepEqual(audit, [{ action: "story.support.approve", target_type: "story_support_message" }]);
  });

  it("never shows a rejected message, to readers or to the author", async () => {
    const story = await publishedStory("A story with an unkind reply");
    await send(new Client(t.app), story.page, { message: "Something unkind and identifying.", name: "" });
    const staff = await moderator();
    const id = await decide(staff, "Something unkind", "reject");
    assert.doesNotMatch((await t.app.inject({ url: story.page })).body, /Something unkind/);
    assert.doesNotMatch((await new Client(t.app).get(story.mine)).body, /Something unkind/);
    assert.match(text((await staff.get("/en/admin/story-support?status=rejected")).body), /Something unkind/);
    const audit = await t.db.kysely.selectFrom("audit_log").select("action").where("target_id", "=", id).execute();
    assert.deepEqual(audit.map((a) => a.action), ["story.support.reject"]);
  });

  it("shows an anonymous message without a name, newest first", async () => {
    const story = await publishedStory("A story with two replies");
    const repo = storyVoicesRepo(t.db.kysely);
    const first = await repo.addSupport({ storyId: story.id, locale: "fr", name: null, body: "Premier message.", at: "2026-01-01T10:00:00.000Z" });
    const second = await repo.addSupport({ storyId: story.id, locale: "en", name: "Sam", body: "Second message.", at: "2026-01-02T10:00:00.000Z" });
    for (const id of [first, second]) await repo.decideSupport(id, "approved", "someone", "2026-01-03T10:00:00.000Z");
    const page = await t.app.inject({ url: story.page });
    assert.match(text(page.body), /2 messages of support\. Second message\. Sam · .* Premier message\. Anonymous ·/);
    assert.match(page.body, /<p class="prewrap support-text" dir="ltr" lang="fr">Premier message\.<\/p>/, "a message in another language is marked as such");
  });
});

describe("mistakes and robots", () => {
  it("keeps the text and links each error when the message is empty or too long", async () => {
    const story = await publishedStory("A story with mistakes");
    const reader = new Client(t.app);
    const empty = await send(reader, story.page, { message: "  ", name: "Sam" });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /<title>Error: /);
    assert.match(empty.body, /<a href="#field-message">Write your message<\/a>/);
    assert.match(empty.body, /value="Sam"/);
    assert.match(empty.body, /<h1>A story with mistakes<\/h1>/, "the story is shown again with the form");

    const long = "Courage. ".repeat(120);
    const tooLong = await send(reader, story.page, { message: long, name: "" });
    assert.equal(tooLong.statusCode, 400);
    assert.match(tooLong.body, /href="#field-message"/);
    assert.ok(tooLong.body.includes(`${long}</textarea>`), "the text is kept");
    assert.match(tooLong.body, /aria-invalid="true"/);
  });

  it("refuses a message when the field only robots see is filled", async () => {
    const story = await publishedStory("A story robots find");
    const res = await send(new Client(t.app), story.page, { message: "Buy cheap watches", name: "", website: "http://spam.example" });
    assert.equal(res.statusCode, 400);
    const rows = await t.db.kysely.selectFrom("story_support_messages").select("id").where("story_id", "=", story.id).execute();
    assert.equal(rows.length, 0);
  });
});

describe("stories that take no messages", () => {
  it("takes none for a story not published, and shows none once the story is withdrawn", async () => {
    const waiting = await publishedStory("A story not yet approved", false);
    const story = await publishedStory("A story later withdrawn");
    // The form's token comes from a page that has the form: the published story's.
    posts += 1;
    const early = await new Client(t.app).post(`${waiting.page}/support`, { message: "Too early." }, { formPage: story.page });
    assert.equal(early.statusCode, 404);

    const repo = storyVoicesRepo(t.db.kysely);
    const id = await repo.addSupport({ storyId: story.id, locale: "en", name: null, body: "Kept until erased.", at: t.clock.now.toISOString() });
    await repo.decideSupport(id, "approved", "someone", t.clock.now.toISOString());
    const author = new Client(t.app);
    assert.equal((await author.post(`${story.mine}/withdraw`, {}, { formPage: `${story.mine}/withdraw` })).statusCode, 303);
    assert.equal((await t.app.inject({ url: story.page })).statusCode, 404);
    const other = await publishedStory("A story still published");
    posts += 1;
    const refused = await new Client(t.app).post(`${story.page}/support`, { message: "After the withdrawal." }, { formPage: other.page });
    assert.equal(refused.statusCode, 404);
    assert.doesNotMatch((await author.get(story.mine)).body, /Kept until erased/);
    const staff = await moderator();
    assert.doesNotMatch((await staff.get("/en/admin/story-support?status=approved")).body, /Kept until erased/);
    assert.equal((await staff.post(`/en/admin/story-support/${id}/decide`, { decision: "reject" }, { formPage: "/en/admin/story-support" })).statusCode, 404);
  });

  it("erases a withdrawn story's messages and translations with it", async () => {
    const story = await publishedStory("A story erased with everything");
    const repo = storyVoicesRepo(t.db.kysely);
    await repo.addSupport({ storyId: story.id, locale: "en", name: null, body: "Pending.", at: t.clock.now.toISOString() });
    const approved = await repo.addSupport({ storyId: story.id, locale: "en", name: null, body: "Approved.", at: t.clock.now.toISOString() });
    await repo.decideSupport(approved, "approved", "someone", t.clock.now.toISOString());
    await repo.saveTranslation({ storyId: story.id, locale: "fr", title: null, body: "Traduction.", contentWarning: null, sourceHash: "any", translatorId: "someone", status: "published", at: t.clock.now.toISOString() });
    await service().withdraw((await service().repo.findById(story.id))!);
    t.clock.advance(73 * 3_600_000);
    const done = await runMaintenance(t.db, t.config, () => t.clock.now);
    assert.ok(done.storiesErased >= 1);
    const messages = await t.db.kysely.selectFrom("story_support_messages").select("id").where("story_id", "=", story.id).execute();
    const translations = await t.db.kysely.selectFrom("story_translations").select("id").where("story_id", "=", story.id).execute();
    assert.deepEqual([messages.length, translations.length], [0, 0]);
  });
});

describe("moderating messages", () => {
  it("keeps the queue from anyone without the moderator's right, and links it from the stories queue", async () => {
    assert.equal((await new Client(t.app).get("/en/admin/story-support")).statusCode, 303);
    const translator = await signIn(t, await buildStaff(t, { roles: ["translator"] }));
    assert.equal((await translator.get("/en/admin/story-support")).statusCode, 403);
    const staff = await moderator();
    const stories = await staff.get("/en/admin/stories");
    assert.match(stories.body, /href="\/en\/admin\/story-support"/);
    assert.doesNotMatch(stories.body, /href="\/en\/admin\/story-translations"/, "moderators cannot translate");
    const admin = await signIn(t, await buildStaff(t, { roles: ["admin"] }));
    assert.match((await admin.get("/en/admin/stories")).body, /href="\/en\/admin\/story-translations"/);
  });

  it("limits how many messages one address can send in an hour", async () => {
    const story = await publishedStory("A story flooded");
    const reader = new Client(t.app);
    const statuses: number[] = [];
    while (posts < 11) statuses.push((await send(reader, story.page, { message: `Message ${posts}.` })).statusCode);
    assert.equal(statuses.at(-1), 429, `the eleventh post within the hour is refused (saw ${statuses.join(", ")})`);
  });
});
