import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../../tests/support/app.ts";
import { LOCALES } from "../i18n/locales.ts";
import { seedDemoCampaigns, seedDemoTributes } from "./seed.ts";
import { DEMO_CAMPAIGN, DEMO_CAMPAIGN_SLUG, DEMO_TRIBUTES } from "./tributes-demo.ts";

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(async () => t.close());

describe("the demonstration tributes and campaign", () => {
  it("puts the demo tributes on the wall once, in several languages", async () => {
    assert.equal(await seedDemoTributes(t.db, t.clock.now), DEMO_TRIBUTES.length);
    assert.equal(await seedDemoTributes(t.db, t.clock.now), 0, "a second start adds nothing");
    const wall = await t.app.inject({ url: "/en/remembrance/tributes" });
    assert.ok(wall.body.includes(`${DEMO_TRIBUTES.length} messages`));
    for (const d of DEMO_TRIBUTES) assert.ok(wall.body.includes(d.body), d.body);
  });

  it("publishes the demo campaign once, written in the six languages, with its image described in each", async () => {
    assert.equal(await seedDemoCampaigns(t.db, t.app.services, t.clock.now), 1);
    assert.equal(await seedDemoCampaigns(t.db, t.app.services, t.clock.now), 0, "a second start adds nothing");
    for (const l of LOCALES) {
      const page = await t.app.inject({ url: `/${l}/campaigns/${DEMO_CAMPAIGN_SLUG}` });
      assert.equal(page.statusCode, 200, l);
      assert.ok(page.body.includes(`<h1>${DEMO_CAMPAIGN[l].title}</h1>`), l);
      assert.ok(page.body.includes(`alt="${DEMO_CAMPAIGN[l].alt}"`), l);
    }
  });
});
