import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { startBrowserHarness, type BrowserHarness } from "../support/browser.ts";
import { buildStaff } from "../support/factories.ts";
import { seedDemoLibrary } from "../../src/demo/seed.ts";
import { demoPdf } from "../../src/demo/library-demo.ts";
import { assertHeading, assertNoAxeViolationsOnce, assertPageLanguage, BROWSER_LOCALE, exactly, fillLogin, format, languageName, loadAllMessages, newContext, submitAndWait, textOf, type Locale } from "./helpers.ts";

/**
 * The publications library, read as stories in English, French and Arabic: an editor creates a work,
 * uploads its PDF and publishes it; a reader searches for a word from inside the document, narrows with
 * two facets, opens the work, sees its versions per language and downloads one. axe on every page.
 * Arabic and Chinese screenshots at phone and desktop widths go to /tmp.
 */

let h: BrowserHarness;
const TEST_TIMEOUT = 120_000;
const messages = loadAllMessages();
const LANGS = ["en", "fr", "ar"] as const;

/** The words inside each language's PDF; the reader searches for the first one. */
const DOC: Record<(typeof LANGS)[number], { title: string; summary: string; word: string; body: string }> = {
  en: { title: "Model provisions on justice for victims", summary: "Model provisions for lawmakers.", word: "lodestar", body: "The lodestar of these provisions is access to justice for every victim." },
  fr: { title: "Dispositions types sur la justice", summary: "Dispositions types pour les législateurs.", word: "boussole", body: "La boussole de ces dispositions est l’accès à la justice pour chaque victime." },
  ar: { title: "أحكام نموذجية بشأن العدالة", summary: "أحكام نموذجية للمشرعين.", word: "التعويض", body: "تكفل هذه الأحكام التعويض والوصول إلى العدالة لكل ضحية." },
};

before(async () => {
  h = await startBrowserHarness();
  await seedDemoLibrary(h.t.db, h.t.app.services);
});

after(async () => {
  await h?.close();
});

async function signInAsEditor(page: Page, l: Locale) {
  const editor = await buildStaff(h.t, { roles: ["editor"] });
  await page.goto(`${h.baseUrl}/${l}/admin/login`);
  assert.equal((await fillLogin(page, messages[l], editor.email, editor.password)).status(), 303);
}

for (const l of LANGS) {
  test(`${l}: an editor uploads and publishes a PDF; a reader finds it by a word inside, narrows with two facets and downloads it`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages[l];
    const doc = DOC[l];
    const slug = `model-provisions-${l}`;

    // The editor -----------------------------------------------------------------------------
    const staff = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await staff.newPage();
      await signInAsEditor(page, l);
      await page.goto(`${h.baseUrl}/${l}/admin/library`);
      await assertHeading(page, m["admin.library.title"]);
      await assertNoAxeViolationsOnce(page, `/${l}/admin/library`);
      await Promise.all([page.waitForURL(/\/admin\/library\/new/), page.locator("main").getByRole("link", { name: exactly(m["admin.library.new"]!) }).click()]);
      await assertNoAxeViolationsOnce(page, `/${l}/admin/library/new`);
      await page.getByLabel(m["admin.library.field.slug"]!, { exact: true }).fill(slug);
      await page.getByLabel(m["admin.library.field.type"]!, { exact: true }).selectOption("model_legislation");
      await page.getByLabel(m["admin.library.field.year"]!, { exact: true }).fill("2025");
      await page.getByLabel(m["admin.library.field.publisher"]!, { exact: true }).fill("UN Office of Counter-Terrorism");
      await page.getByLabel(m["library.audience.member_states"]!, { exact: true }).check();
      await page.getByLabel(m["admin.library.field.region"]!, { exact: true }).selectOption("001");
      await page.getByLabel(m["library.topic.justice"]!, { exact: true }).check();
      await page.getByLabel(m["admin.library.field.title"]!, { exact: true }).fill(doc.title);
      await page.getByLabel(m["admin.library.field.summary"]!, { exact: true }).fill(doc.summary);
      const created = await submitAndWait(page, page.getByRole("button", { name: exactly(m["admin.library.save"]!) }));
      assert.equal(created.status(), 303);
      assert.equal(await textOf(page.locator(".flash")), m["admin.library.flash.saved"]);
      await assertNoAxeViolationsOnce(page, `/${l}/admin/library/ID`);

      const pdf = await demoPdf(l, doc.title, [doc.body]);
      await page.getByLabel(m["admin.library.file.label"]!, { exact: true }).setInputFiles({ name: `${slug}.pdf`, mimeType: "application/pdf", buffer: pdf });
      const uploaded = await submitAndWait(page, page.getByRole("button", { name: exactly(m["admin.library.file.upload"]!) }));
      assert.equal(uploaded.status(), 303);
      assert.equal(await textOf(page.locator(".flash")), m["admin.library.flash.uploaded"]);
      assert.match(await textOf(page.locator("main")), new RegExp(format(l, m["admin.library.extract.pages"], { count: 1 })));
      await assertNoAxeViolationsOnce(page, `/${l}/admin/library/ID`, "with file");
      await page.screenshot({ path: `/tmp/library-admin-${l}-desktop.png`, fullPage: true });

      const published = await submitAndWait(page, page.getByRole("button", { name: exactly(m["admin.library.publish"]!) }));
      assert.equal(published.status(), 303);
      assert.equal(await textOf(page.locator(".flash")), m["admin.library.flash.published"]);
    } finally {
      await staff.close();
    }

    // The reader -----------------------------------------------------------------------------
    const reader = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await reader.newPage();
      await page.goto(`${h.baseUrl}/${l}/library`);
      await assertPageLanguage(page, l);
      await assertHeading(page, m["library.title"]);
      await assertNoAxeViolationsOnce(page, `/${l}/library`);

      await page.getByLabel(m["library.q"]!, { exact: true }).fill(doc.word);
      await submitAndWait(page, page.locator("main").getByRole("button", { name: exactly(m["library.search"]!) }), "GET");
      const list = page.locator(".library-results");
      assert.match(await textOf(list), new RegExp(doc.title));
      await assertNoAxeViolationsOnce(page, `/${l}/library?q`);

      // Two facets on top of the words: the type and the audience.
      await page.getByLabel(m["library.facet.type"]!, { exact: true }).selectOption("model_legislation");
      await page.getByLabel(m["library.facet.audience"]!, { exact: true }).selectOption("member_states");
      await submitAndWait(page, page.locator("main").getByRole("button", { name: exactly(m["library.search"]!) }), "GET");
      const url = new URL(page.url());
      assert.equal(url.searchParams.get("type"), "model_legislation");
      assert.equal(url.searchParams.get("audience"), "member_states");
      assert.equal(await list.getByRole("listitem").count(), 1);
      await assertNoAxeViolationsOnce(page, `/${l}/library?q&type&audience`);

      await Promise.all([page.waitForURL(new RegExp(`/${l}/library/${slug}$`)), list.getByRole("link", { name: exactly(doc.title) }).click()]);
      await assertHeading(page, doc.title);
      await assertNoAxeViolationsOnce(page, `/${l}/library/${slug}`);
      const versions = page.locator(".library-versions");
      assert.match(await textOf(versions), new RegExp(languageName(l, l)));
      const download = versions.getByRole("link", { name: format(l, m["library.download"], { language: languageName(l, l) }) });
      const href = await download.getAttribute("href");
      assert.ok(href);
      const file = await page.request.get(`${h.baseUrl}${href}`);
      assert.equal(file.status(), 200);
      assert.equal(file.headers()["content-type"], "application/pdf");
      assert.match(file.headers()["content-disposition"] ?? "", new RegExp(`attachment; filename="${slug}-${l}\\.pdf"`));
    } finally {
      await reader.close();
    }
  });
}

test("ar and zh: the library and a work page at phone and desktop widths (screenshots in /tmp), nothing sticking out sideways", { timeout: TEST_TIMEOUT }, async () => {
  for (const l of ["ar", "zh"] as const) {
    for (const [name, size] of [
      ["phone", { width: 390, height: 844 }],
      ["desktop", { width: 1280, height: 900 }],
    ] as const) {
      const context = await newContext(h, { locale: BROWSER_LOCALE[l], ...size });
      try {
        const page = await context.newPage();
        for (const [path, shot] of [
          [`/${l}/library`, "index"],
          [`/${l}/library/demo-handbook-first-steps`, "work"],
        ] as const) {
          await page.goto(`${h.baseUrl}${path}`);
          await assertNoAxeViolationsOnce(page, `${path} (${name})`);
          await page.screenshot({ path: `/tmp/library-${shot}-${l}-${name}.png`, fullPage: true });
          const sideways = await page.evaluate(`document.documentElement.scrollWidth - document.documentElement.clientWidth`);
          assert.equal(sideways, 0, `${path} ${name}: the page does not scroll sideways`);
        }
      } finally {
        await context.close();
      }
    }
  }
});
