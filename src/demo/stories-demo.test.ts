import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../../tests/support/app.ts";
import { storiesRepo } from "../features/stories/stories.repo.ts";
import { storyFiles } from "../features/stories/stories.media.ts";
import { seedDemoStories } from "./seed.ts";
import { DEMO_STORIES } from "./stories-demo.ts";

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(async () => t.close());

describe("the demonstration stories", () => {
  it("are published once, in the six languages, with themes, and one photo processed like an upload", async () => {
    assert.equal(await seedDemoStories(t.db, t.app.services, t.clock.now), DEMO_STORIES.length);
    assert.equal(await seedDemoStories(t.db, t.app.services, t.clock.now), 0, "a second start adds nothing");
    const repo = storiesRepo(t.db.kysely);
    const { rows, total } = await repo.published({}, 50, 0);
    assert.equal(total, DEMO_STORIES.length);
    assert.deepEqual(new Set(rows.map((r) => r.language)), new Set(["ar", "zh", "en", "fr", "ru", "es"]));
    assert.ok(rows.every((r) => r.themes.length > 0 && r.contact_email === null));
    const media = await repo.mediaOfStories(rows.map((r) => r.id));
    assert.equal(media.size, 1);
    const [photo] = [...media.values()];
    for (const f of storyFiles(photo!)) assert.ok(await t.app.services.storage.exists(f.key), f.key);

    const list = await t.app.inject({ url: "/en/stories?theme=healing" });
    assert.equal(list.statusCode, 200);
    for (const d of DEMO_STORIES.filter((s) => s.themes.includes("healing"))) assert.ok(list.body.includes(d.title.replace(/'/g, "&#x27;").replace(/’/g, "’")), d.title);
    const page = await t.app.inject({ url: `/en/stories/${photo!.story_id}` });
    assert.match(page.body, /<picture><source type="image\/avif"/);
    assert.match(page.body, /alt="A green field under a clear blue sky"/);
  });
});
