import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { LOCALES, startBrowserHarness, type BrowserHarness } from "../support/browser.ts";
import {
  BROWSER_LOCALE,
  LANG_TAG,
  SCREENSHOT_DIR,
  assertNoAxeViolations,
  exactly,
  isFocused,
  loadAllMessages,
  newContext,
  squash,
  textOf,
  type Locale,
} from "./helpers.ts";

let h: BrowserHarness;
const messages = loadAllMessages();
const SCREENSHOT_LOCALES: readonly Locale[] = ["ar", "zh", "en"];

before(async () => {
  h = await startBrowserHarness();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

after(async () => {
  await h?.close();
});

for (const l of LOCALES) {
  test(`home (${l}): "/" follows Accept-Language, page shell, keyboard order, help section, hreflang`, async () => {
    const m = messages[l];
    const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await context.newPage();

      // "/" sends the reader to the language of their browser.
      const response = await page.goto(`${h.baseUrl}/`);
      assert.equal(page.url(), `${h.baseUrl}/${l}/`);
      assert.equal(response?.status(), 200);
      assert.equal(response?.request().redirectedFrom()?.url(), `${h.baseUrl}/`);

      // Language and direction of the whole page.
      const html = page.locator("html");
      assert.equal(await html.getAttribute("lang"), LANG_TAG[l]);
      assert.equal(await html.getAttribute("dir"), l === "ar" ? "rtl" : "ltr");

      // Keyboard: the skip link is the first stop, "Exit this page" the second.
      const skip = page.getByRole("link", { name: exactly(m["layout.skipLink"]!) });
      const exit = page.getByRole("link", { name: m["exit.label"] });
      const skipTop = async () => (await skip.boundingBox())?.y ?? Number.NaN;
      assert.ok((await skipTop()) < 0, "the skip link waits above the page until focused");
      await page.keyboard.press("Tab");
      assert.ok(await isFocused(skip), "the skip link is the first focusable element");
      assert.ok((await skipTop()) >= 0, "the skip link comes into view when focused");
      await page.keyboard.press("Tab");
      assert.ok(await isFocused(exit), "the exit link is the second focusable element");
      // The skip link moves focus to the main content.
      await page.keyboard.press("Shift+Tab");
      assert.ok(await isFocused(skip));
      await page.keyboard.press("Enter");
      assert.equal(await page.evaluate(() => document.activeElement?.id), "main-content");

      // "I need help now" comes first in the main content, as a section heading.
      const helpHeading = page.getByRole("heading", { level: 2, name: exactly(m["home.helpNow.title"]!) });
      assert.ok(await helpHeading.isVisible());
      const firstH2 = page.locator("main h2").first();
      assert.equal(await textOf(firstH2), squash(m["home.helpNow.title"]!));
      const helpSection = page.getByRole("region", { name: exactly(m["home.helpNow.title"]!) });
      assert.ok(await helpSection.getByRole("link", { name: m["home.helpNow.whatToDo"] }).isVisible());

      // hreflang alternates: the six languages and x-default.
      const alternates = await page.locator('head link[rel="alternate"]').evaluateAll((links) =>
        links.map((a) => ({ hreflang: a.getAttribute("hreflang"), href: new URL(a.getAttribute("href") ?? "", location.href).pathname })),
      );
      assert.deepEqual(alternates, [
        ...LOCALES.map((x) => ({ hreflang: LANG_TAG[x], href: `/${x}/` })),
        { hreflang: "x-default", href: "/" },
      ]);

      await assertNoAxeViolations(page, `/${l}/`);

      if (SCREENSHOT_LOCALES.includes(l)) {
        // Phone width: nothing may need sideways scrolling (WCAG 1.4.10 reflow). Freshly loaded, so
        // no focus ring from the keyboard checks above shows in the pictures.
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(`${h.baseUrl}/${l}/`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `the ${l} home page scrolls sideways by ${overflow}px at 390px`);
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `home-${l}-phone.png`), fullPage: true });
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `home-${l}-desktop.png`), fullPage: true });
      }
    } finally {
      await context.close();
    }
  });
}
