import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { startBrowserHarness, type BrowserHarness } from "../support/browser.ts";
import { buildStaff } from "../support/factories.ts";
import {
  assertHeading,
  assertNoAxeViolationsOnce,
  assertPageLanguage,
  BROWSER_LOCALE,
  exactly,
  fillLogin,
  loadAllMessages,
  newContext,
  submitAndWait,
  textOf,
  type Locale,
} from "./helpers.ts";

/**
 * Crisis mode, read as a story in Arabic, Chinese and Spanish: an admin switches an incident notice
 * on with a headline in their language; a reader already on another page reloads and finds the banner
 * under the quick-exit bar, opens the incident page; the admin switches it off and the banner is gone.
 * axe on every page, with and without the banner. Screenshots (phone and desktop, Arabic and Chinese)
 * go to /tmp/crisis-screenshots.
 */

let h: BrowserHarness;
const TEST_TIMEOUT = 90_000;
const messages = loadAllMessages();
const SHOTS = "/tmp/crisis-screenshots";

const NOTICE: Record<"ar" | "zh" | "es", { headline: string; message: string; helplines: string }> = {
  ar: { headline: "هجوم في وسط المدينة: خطوط المساعدة مفتوحة", message: "ابتعدوا عن المنطقة واتبعوا تعليمات الشرطة.", helplines: "- خط مساعدة الضحايا: [+1 555 0100](tel:+15550100) (على مدار الساعة)" },
  zh: { headline: "市中心发生袭击：求助热线已开通", message: "请远离该区域并听从警方指示。", helplines: "- 受害者求助热线：**+1 555 0100**（24 小时）" },
  es: { headline: "Ataque en el centro de la ciudad: líneas de ayuda abiertas", message: "Aléjese de la zona y siga las indicaciones de la policía.", helplines: "- Línea de ayuda a las víctimas: **+1 555 0100** (24 horas)" },
};

before(async () => {
  h = await startBrowserHarness();
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => {
  await h?.close();
});

async function signInAsAdmin(page: Page, l: Locale) {
  const m = messages[l];
  const admin = await buildStaff(h.t, { roles: ["admin"] });
  await page.goto(`${h.baseUrl}/${l}/admin/login`);
  assert.equal((await fillLogin(page, m, admin.email, admin.password)).status(), 303);
  await page.waitForURL(`${h.baseUrl}/${l}/admin/login/totp`);
  await page.getByLabel(m["totp.code"]!, { exact: true }).fill(admin.code());
  assert.equal((await submitAndWait(page, page.locator("main").getByRole("button", { name: exactly(m["totp.verify"]!) }))).status(), 303);
}

async function switchOn(page: Page, l: "ar" | "zh" | "es", withSections = false) {
  const m = messages[l];
  await page.goto(`${h.baseUrl}/${l}/admin/crisis`);
  await assertHeading(page, m["admin.crisis.title"]);
  await assertNoAxeViolationsOnce(page, `/${l}/admin/crisis (off)`, "off");
  // Sent empty first: the error summary links each field, and the page passes axe.
  const refused = await submitAndWait(page, page.getByRole("button", { name: exactly(m["admin.crisis.switchOn"]!) }));
  assert.equal(refused.status(), 400);
  assert.match(await textOf(page.locator("[data-error-summary]")), new RegExp(m["crisis.error.headline"]!));
  await assertNoAxeViolationsOnce(page, `/${l}/admin/crisis (errors)`, "errors");
  await page.getByLabel(m["admin.crisis.field.headline"]!, { exact: true }).fill(NOTICE[l].headline);
  await page.getByLabel(m["admin.crisis.field.message"]!, { exact: true }).fill(NOTICE[l].message);
  await page.getByLabel(m["crisis.severity.critical"]!, { exact: true }).check();
  if (withSections) {
    await page.getByText(m["admin.crisis.sectionsTitle"]!, { exact: true }).click();
    await page.getByLabel(m["crisis.section.helplines"]!, { exact: true }).fill(NOTICE[l].helplines);
  }
  const saved = await submitAndWait(page, page.getByRole("button", { name: exactly(m["admin.crisis.switchOn"]!) }));
  assert.equal(saved.status(), 303);
  assert.equal(await textOf(page.locator(".flash")), m["admin.crisis.flash.on"]);
  await assertNoAxeViolationsOnce(page, `/${l}/admin/crisis (on)`, "on");
}

async function switchOff(page: Page, l: Locale) {
  const m = messages[l];
  await page.goto(`${h.baseUrl}/${l}/admin/crisis`);
  const off = await submitAndWait(page, page.getByRole("button", { name: exactly(m["admin.crisis.switchOff"]!) }));
  assert.equal(off.status(), 303);
  assert.equal(await textOf(page.locator(".flash")), m["admin.crisis.flash.off"]);
}

for (const l of ["ar", "zh", "es"] as const) {
  test(`${l}: an admin switches crisis mode on, a reader finds the banner and the incident page, then it is switched off`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages[l];
    const staff = await newContext(h, { locale: BROWSER_LOCALE[l] });
    const reader = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const admin = await staff.newPage();
      await signInAsAdmin(admin, l);

      // The reader is already reading another page: no banner yet.
      const page = await reader.newPage();
      await page.goto(`${h.baseUrl}/${l}/services`);
      await assertPageLanguage(page, l);
      const banner = page.getByRole("region", { name: exactly(m["crisis.banner.label"]!) });
      assert.equal(await banner.count(), 0);

      await switchOn(admin, l);

      // On the next visit (pages are revalidated, never cached stale), the banner is there.
      await page.reload();
      assert.equal(await banner.count(), 1);
      assert.match(await textOf(banner), new RegExp(NOTICE[l].headline));
      assert.equal(await banner.getByRole("button").count(), 0, "nothing to dismiss");
      await assertNoAxeViolationsOnce(page, `/${l}/services (banner)`, "banner");

      await Promise.all([page.waitForURL(`${h.baseUrl}/${l}/crisis`), banner.getByRole("link", { name: exactly(m["crisis.banner.link"]!) }).click()]);
      await assertHeading(page, NOTICE[l].headline);
      assert.match(await textOf(page.locator("main")), new RegExp(NOTICE[l].message));
      await assertNoAxeViolationsOnce(page, `/${l}/crisis`, "on");

      await switchOff(admin, l);
      await page.goto(`${h.baseUrl}/${l}/services`);
      assert.equal(await banner.count(), 0, "the banner is gone");
      await page.goto(`${h.baseUrl}/${l}/crisis`);
      await assertHeading(page, m["crisis.none.title"]);
      await assertNoAxeViolationsOnce(page, `/${l}/crisis`, "off");
    } finally {
      await staff.close();
      await reader.close();
    }
  });
}

test("ar and zh: the banner and incident page at phone and desktop widths (screenshots), nothing sticking out sideways", { timeout: TEST_TIMEOUT }, async () => {
  for (const l of ["ar", "zh"] as const) {
    const staff = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const admin = await staff.newPage();
      await signInAsAdmin(admin, l);
      await switchOn(admin, l, true);
      await admin.screenshot({ path: `${SHOTS}/${l}-admin-on-desktop.png`, fullPage: true });
      for (const [name, size] of [
        ["phone", { width: 390, height: 844 }],
        ["desktop", { width: 1280, height: 900 }],
      ] as const) {
        const context = await newContext(h, { locale: BROWSER_LOCALE[l], ...size });
        try {
          const page = await context.newPage();
          for (const [shot, path] of [["home", "/"], ["crisis", "/crisis"]] as const) {
            await page.goto(`${h.baseUrl}/${l}${path}`);
            await assertNoAxeViolationsOnce(page, `/${l}${path} (${name})`, "banner");
            const overflow = await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assert.ok(Number(overflow) <= 0, `no sideways scrolling on /${l}${path} at ${name} width`);
            await page.screenshot({ path: `${SHOTS}/${l}-${shot}-${name}.png`, fullPage: shot === "crisis" });
          }
        } finally {
          await context.close();
        }
      }
      await switchOff(admin, l);
    } finally {
      await staff.close();
    }
  }
});
