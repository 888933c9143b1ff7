import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { startBrowserHarness, type BrowserHarness } from "../support/browser.ts";
import { buildStaff } from "../support/factories.ts";
import {
  assertHeading,
  assertNoAxeViolationsOnce,
  assertPageLanguage,
  BROWSER_LOCALE,
  escapeRegExp,
  exactly,
  fillLogin,
  format,
  LANG_TAG,
  loadAllMessages,
  newContext,
  SCREENSHOT_DIR,
  squash,
  submitAndWait,
  textOf,
  type Locale,
} from "./helpers.ts";

/**
 * The Member State self-assessment as a focal point lives it: reads what it is, signs in, starts an
 * assessment for their country, answers two sections (one provision partly in place, one mistake
 * corrected), comes back later, reads the report, downloads it as CSV and PDF and proposes the result
 * for the country profile. In English, French, Arabic and Chinese; axe on every page.
 */

let h: BrowserHarness;
const messages = loadAllMessages();
const SHOTS = path.join(SCREENSHOT_DIR, "self-assessment");

before(async () => {
  h = await startBrowserHarness();
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => {
  await h?.close();
});

const COUNTRY: Record<string, string> = { en: "ML", fr: "SN", ar: "JO", zh: "KE" };
const countryName = (l: Locale, code: string) => new Intl.DisplayNames([LANG_TAG[l]], { type: "region" }).of(code) ?? code;

async function shoot(page: Page, l: Locale, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(SHOTS, `${l}-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

for (const l of ["en", "fr", "ar", "zh"] as const) {
  test(`self-assessment (${l}): a focal point answers two sections, reads and downloads the report, proposes it for the profile`, async () => {
    const m = messages[l];
    const code = COUNTRY[l]!;
    const focal = await buildStaff(h.t, { roles: ["focal_point"], countries: [code] });
    const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}/${l}/self-assessment`);
      await assertPageLanguage(page, l);
      await assertHeading(page, m["assessment.title"]);
      assert.ok((await textOf(page.locator("main"))).includes(squash(m["assessment.guide.status.2"]!)));
      await assertNoAxeViolationsOnce(page, `self-assessment intro, anonymous (${l})`, "anonymous");
      if (l === "ar" || l === "zh") await shoot(page, l, "intro");

      await page.getByRole("link", { name: exactly(m["assessment.signIn"]!) }).click();
      assert.equal((await fillLogin(page, m, focal.email, focal.password)).status(), 303);
      await page.goto(`${h.baseUrl}/${l}/self-assessment`);
      await assertNoAxeViolationsOnce(page, `self-assessment intro, focal point (${l})`, "staff");
      await page.getByLabel(m["assessment.field.country"]!, { exact: true }).selectOption(code);
      await submitAndWait(page, page.getByRole("button", { name: exactly(m["assessment.start.submit"]!) }));
      await assertHeading(page, format(l, m["assessment.heading"], { country: countryName(l, code), year: String(h.t.clock.now.getUTCFullYear()) }));
      await assertNoAxeViolationsOnce(page, `assessment overview (${l})`);

      // First section: a citation without an answer comes back with the error, then is put right.
      await page.getByRole("link", { name: exactly(m["provisionGroup.status"]!) }).click();
      await assertHeading(page, m["provisionGroup.status"]);
      await assertNoAxeViolationsOnce(page, `assessment section (${l})`);
      const region = (id: string) => page.getByRole("region", { name: exactly(m[`provision.${id}`]!) });
      await region("definition").getByRole("radio", { name: exactly(m["assessment.answer.in_place"]!) }).check();
      await region("definition").getByLabel(m["assessment.field.citation"]!, { exact: true }).fill("Loi 2019-001, art. 2");
      await region("non_discrimination").getByRole("radio", { name: exactly(m["assessment.answer.partly"]!) }).check();
      await region("non_discrimination").getByLabel(m["assessment.field.missing"]!, { exact: true }).fill("Residents");
      await region("recognition_without_conviction").getByLabel(m["assessment.field.notes"]!, { exact: true }).fill("?");
      const response = await submitAndWait(page, page.getByRole("button", { name: exactly(m["assessment.save.next"]!) }));
      assert.equal(response.status(), 400);
      assert.match(await page.title(), new RegExp(`^${escapeRegExp(m["form.errorTitlePrefix"]!)}`));
      await assertNoAxeViolationsOnce(page, `assessment section with an error (${l})`, "error");
      if (l === "ar" || l === "zh") await shoot(page, l, "section-error");
      assert.equal(await region("definition").getByLabel(m["assessment.field.citation"]!, { exact: true }).inputValue(), "Loi 2019-001, art. 2");
      await page.getByRole("link", { name: m["assessment.error.statusNeeded"]! }).click();
      await region("recognition_without_conviction").getByRole("radio", { name: exactly(m["assessment.answer.unknown"]!) }).check();
      await submitAndWait(page, page.getByRole("button", { name: exactly(m["assessment.save.next"]!) }));

      // Second section, then "come back later".
      await assertHeading(page, m["provisionGroup.rights"]);
      await region("information").getByRole("radio", { name: exactly(m["assessment.answer.not"]!) }).check();
      await submitAndWait(page, page.getByRole("button", { name: exactly(m["assessment.save.later"]!) }));
      const main = await textOf(page.locator("main"));
      assert.ok(main.includes(squash(m["assessment.flash.saved"]!)));
      assert.ok(main.includes(squash(format(l, m["assessment.progress"], { count: 4, total: 25 }))), main);
      await assertNoAxeViolationsOnce(page, `assessment overview with answers (${l})`, "answers");
      if (l === "ar" || l === "zh") await shoot(page, l, "overview");

      // The report and its downloads.
      await page.getByRole("link", { name: exactly(m["assessment.openReport"]!) }).click();
      await assertNoAxeViolationsOnce(page, `assessment report (${l})`);
      const report = await textOf(page.locator("main"));
      assert.ok(report.includes(squash(format(l, m["assessment.report.count.partly"], { count: 1 }))), report);
      assert.ok(report.includes(squash(m["assessment.next.non_discrimination"]!)));
      if (l === "ar" || l === "zh" || l === "en") await shoot(page, l, "report");
      const csvHref = await page.getByRole("link", { name: exactly(m["assessment.download.csv"]!) }).getAttribute("href");
      const pdfHref = await page.getByRole("link", { name: exactly(m["assessment.download.pdf"]!) }).getAttribute("href");
      const csv = await page.request.get(`${h.baseUrl}${csvHref}`);
      assert.equal(csv.status(), 200);
      assert.match(csv.headers()["content-type"] ?? "", /^text\/csv/);
      const pdf = await page.request.get(`${h.baseUrl}${pdfHref}`);
      assert.equal(pdf.status(), 200);
      assert.equal(pdf.headers()["content-type"], "application/pdf");

      // Propose the result for the country profile.
      await page.getByRole("link", { name: exactly(m["assessment.back"]!) }).click();
      await submitAndWait(page, page.getByRole("button", { name: exactly(m["assessment.propose.submit"]!) }));
      const after = await textOf(page.locator("main"));
      assert.ok(after.includes(squash(m["assessment.flash.proposed"]!)), after);
      assert.ok(after.includes(squash(m["assessment.status.submitted"]!)));
      await assertNoAxeViolationsOnce(page, `assessment overview, proposed (${l})`, "proposed");
    } finally {
      await context.close();
    }
  });
}
