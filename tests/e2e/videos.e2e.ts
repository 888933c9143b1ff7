import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { startBrowserHarness, type BrowserHarness } from "../support/browser.ts";
import { buildStaff } from "../support/factories.ts";
import { seedDemoVideos } from "../../src/demo/seed.ts";
import { DEMO_CAPTIONS, DEMO_EPISODE, DEMO_SERIES } from "../../src/demo/videos-demo.ts";
import {
  assertHeading,
  assertNoAxeViolationsOnce,
  assertPageLanguage,
  BROWSER_LOCALE,
  exactly,
  fillLogin,
  format,
  LANG_TAG,
  loadAllMessages,
  newContext,
  submitAndWait,
  textOf,
  type Locale,
} from "./helpers.ts";

/**
 * The documentary series, read as stories: in Arabic, French and English, an editor uploads new
 * captions for the demo episode in their language; a reader opens the series, meets the content
 * warning, opens it, finds the captions of their language selected, and jumps in the video from the
 * transcript. axe on every page. Arabic screenshots at phone and desktop widths go to /tmp.
 */

let h: BrowserHarness;
const TEST_TIMEOUT = 90_000;
const messages = loadAllMessages();
const LANGS = ["ar", "fr", "en"] as const;

/** A last line each editor adds to the captions, which the reader then finds in the transcript. */
const CLOSING: Record<(typeof LANGS)[number], string> = {
  ar: "شكرًا لاستماعكم.",
  fr: "Merci de votre écoute.",
  en: "Thank you for listening.",
};

before(async () => {
  h = await startBrowserHarness();
  await seedDemoVideos(h.t.db, h.t.app.services.storage);
});

after(async () => {
  await h?.close();
});

// Strings, not functions: tsx would wrap inner functions in a helper the page lacks.
const showingTrack = `(() => { const v = document.getElementById("episode-player"); return v ? Array.from(v.textTracks).filter((t) => t.mode === "showing").map((t) => t.language).join(",") : "none"; })()`;

async function signInAsEditor(page: Page, l: Locale) {
  const editor = await buildStaff(h.t, { roles: ["editor"] });
  await page.goto(`${h.baseUrl}/${l}/admin/login`);
  assert.equal((await fillLogin(page, messages[l], editor.email, editor.password)).status(), 303);
}

for (const l of LANGS) {
  test(`${l}: an editor uploads captions, and a reader watches with them, behind the warning, jumping from the transcript`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages[l];
    const episodeTitle = DEMO_EPISODE.texts[l].title;

    // The editor -----------------------------------------------------------------------------
    const staff = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await staff.newPage();
      await signInAsEditor(page, l);
      await page.goto(`${h.baseUrl}/${l}/admin/videos`);
      await assertHeading(page, m["admin.videos.title"]);
      await assertNoAxeViolationsOnce(page, `/${l}/admin/videos`);
      await Promise.all([page.waitForURL(/\/admin\/videos\/episodes\/[0-9a-f-]{36}$/), page.locator("main").getByRole("link", { name: exactly(episodeTitle) }).click()]);
      await assertHeading(page, m["admin.videos.editEpisode"]);
      await assertNoAxeViolationsOnce(page, `/${l}/admin/videos/episodes/ID`);

      // A broken file first: the error names the line.
      await page.getByLabel(m["admin.videos.captionLanguage"]!, { exact: true }).selectOption(l);
      await page.getByLabel(m["admin.videos.captionFile"]!, { exact: true }).setInputFiles({ name: `${l}.vtt`, mimeType: "text/vtt", buffer: Buffer.from("WEBVTT\n\n1\n00:00:01.000 -> 00:00:02.000\nBroken\n") });
      const refused = await submitAndWait(page, page.getByRole("button", { name: exactly(m["admin.videos.uploadCaptions"]!) }));
      assert.equal(refused.status(), 400);
      assert.match(await textOf(page.locator(".vtt-errors")), new RegExp(format(l, m["admin.videos.captionLine"], { line: 4 }).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
      await assertNoAxeViolationsOnce(page, `/${l}/admin/videos/episodes/ID (caption error)`, "error");

      const vtt = `${DEMO_CAPTIONS[l]!}\n5\n00:00:19.600 --> 00:00:20.000\n${CLOSING[l]}\n`;
      await page.getByLabel(m["admin.videos.captionLanguage"]!, { exact: true }).selectOption(l);
      await page.getByLabel(m["admin.videos.captionFile"]!, { exact: true }).setInputFiles({ name: `${l}.vtt`, mimeType: "text/vtt", buffer: Buffer.from(vtt) });
      const saved = await submitAndWait(page, page.getByRole("button", { name: exactly(m["admin.videos.uploadCaptions"]!) }));
      assert.equal(saved.status(), 303);
      assert.equal(await textOf(page.locator(".flash")), m["admin.videos.flash.captions"]);
    } finally {
      await staff.close();
    }

    // The reader -----------------------------------------------------------------------------
    const reader = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await reader.newPage();
      await page.goto(`${h.baseUrl}/${l}/videos`);
      await assertPageLanguage(page, l);
      await assertHeading(page, m["videos.title"]);
      await assertNoAxeViolationsOnce(page, `/${l}/videos`);
      await Promise.all([page.waitForURL(new RegExp(`/${l}/videos/${DEMO_SERIES.slug}/${DEMO_EPISODE.slug}$`)), page.getByRole("link", { name: exactly(episodeTitle) }).click()]);
      await assertHeading(page, episodeTitle);

      // The player and transcript are hidden behind the warning until the reader chooses.
      const player = page.locator("#episode-player");
      assert.equal(await player.isVisible(), false, "the player is hidden behind the warning");
      await assertNoAxeViolationsOnce(page, `/${l}/videos/norway/speaking-out`, "closed");
      await page.getByText(m["contentWarning.show"]!, { exact: true }).click();
      await player.waitFor({ state: "visible" });
      await assertNoAxeViolationsOnce(page, `/${l}/videos/norway/speaking-out`, "open");

      // The captions of the reader's language are the ones shown.
      await page.waitForFunction(`${showingTrack} === ${JSON.stringify(LANG_TAG[l])}`);
      assert.match(await textOf(page.locator(".transcript-list")), new RegExp(CLOSING[l].replace(/[.]/g, "\\.")));

      // A timestamp in the transcript moves the video there.
      const jump = page.getByRole("link", { name: format(l, m["videos.transcript.jump"], { time: "0:09" }) });
      await jump.click();
      await page.waitForFunction(`document.getElementById("episode-player").currentTime >= 8.9`);
      assert.equal(new URL(page.url()).pathname, `/${l}/videos/${DEMO_SERIES.slug}/${DEMO_EPISODE.slug}`, "the page stays; only the video moves");
    } finally {
      await reader.close();
    }
  });
}

test("ar: the episode page at phone and desktop widths (screenshots in /tmp), nothing sticking out sideways", { timeout: TEST_TIMEOUT }, async () => {
  for (const [name, size] of [
    ["phone", { width: 390, height: 844 }],
    ["desktop", { width: 1280, height: 900 }],
  ] as const) {
    const context = await newContext(h, { locale: BROWSER_LOCALE.ar, ...size });
    try {
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}/ar/videos/${DEMO_SERIES.slug}/${DEMO_EPISODE.slug}`);
      await page.getByText(messages.ar["contentWarning.show"]!, { exact: true }).click();
      await page.locator("#episode-player").waitFor({ state: "visible" });
      await assertNoAxeViolationsOnce(page, `/ar/videos/norway/speaking-out (${name})`, "open");
      await page.screenshot({ path: `/tmp/videos-episode-ar-${name}.png`, fullPage: true });
      const sideways = await page.evaluate(`document.documentElement.scrollWidth - document.documentElement.clientWidth`);
      assert.equal(sideways, 0, `${name}: the page does not scroll sideways`);
      await page.goto(`${h.baseUrl}/ar/videos`);
      await page.screenshot({ path: `/tmp/videos-index-ar-${name}.png`, fullPage: true });
    } finally {
      await context.close();
    }
  }
});
