import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { LOCALES, startBrowserHarness, type BrowserHarness } from "../support/browser.ts";
import { buildStaff, type StaffFixture } from "../support/factories.ts";
import {
  BROWSER_LOCALE,
  LANG_TAG,
  assertNoAxeViolations,
  demo,
  escapeRegExp,
  exactly,
  fillLogin,
  format,
  isFocused,
  languageName,
  loadAllMessages,
  newContext,
  squash,
  submitAndWait,
  textOf,
  type Locale,
  type Messages,
} from "./helpers.ts";

let h: BrowserHarness;
let editor: StaffFixture;
let admin: StaffFixture;
const messages = loadAllMessages();
const SLUG = "get-help-now";

before(async () => {
  h = await startBrowserHarness();
  editor = await buildStaff(h.t, { roles: ["editor"] });
  admin = await buildStaff(h.t, { roles: ["admin"] });
  assert.ok(admin.totpSecret, "admins get a second factor");
});

after(async () => {
  await h?.close();
});

/** The stored versions of one language version of the item, newest last. */
async function revisions(locale: Locale) {
  return h.t.db.kysely
    .selectFrom("content_revisions")
    .innerJoin("content_translations", "content_translations.id", "content_revisions.translation_id")
    .innerJoin("content_items", "content_items.id", "content_translations.item_id")
    .where("content_items.slug", "=", SLUG)
    .where("content_translations.locale", "=", locale)
    .select(["content_revisions.title", "content_revisions.number"])
    .orderBy("content_revisions.number")
    .execute();
}

async function publicTitle(page: Page, l: Locale): Promise<string> {
  const tab = await page.context().newPage();
  try {
    await tab.goto(`${h.baseUrl}/${l}/info/${SLUG}`);
    return await textOf(tab.getByRole("heading", { level: 1 }));
  } finally {
    await tab.close();
  }
}

/** Fills the sign-in form by its translated labels and sends it. */
for (const l of LOCALES) {
  test(`admin (${l}): sign in, find "${SLUG}", edit the ${l} version, preview, publish`, async () => {
    const m = messages[l];
    const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
    try {
      const page = await context.newPage();

      // The staff area sends a signed-out visitor to the sign-in page, in the language of the URL.
      await page.goto(`${h.baseUrl}/${l}/admin`);
      assert.equal(page.url(), `${h.baseUrl}/${l}/admin/login`);
      assert.equal(await page.locator("html").getAttribute("lang"), LANG_TAG[l]);
      assert.equal(await textOf(page.getByRole("heading", { level: 1 })), squash(m["login.title"]!));

      // A wrong password: an error summary, focused, and the email kept.
      const refused = await fillLogin(page, m, editor.email, "not the right password");
      assert.equal(refused.status(), 400);
      assert.ok((await page.title()).startsWith(m["form.errorTitlePrefix"]!));
      const summary = page.locator("[data-error-summary]");
      assert.ok(await summary.getByRole("heading", { name: exactly(m["form.errorSummaryTitle"]!) }).isVisible());
      assert.ok((await textOf(summary)).includes(squash(m["login.error.invalid"]!)));
      assert.ok(await isFocused(summary), "app.js moves focus to the error summary");
      assert.equal(await page.getByLabel(m["login.email"]!, { exact: true }).inputValue(), editor.email);
      await assertNoAxeViolations(page, `/${l}/admin/login (wrong password)`);

      // The right password: the dashboard.
      const signedIn = await fillLogin(page, m, editor.email, editor.password);
      assert.equal(signedIn.status(), 303);
      await page.waitForURL(`${h.baseUrl}/${l}/admin`);
      assert.equal(await textOf(page.getByRole("heading", { level: 1 })), squash(m["admin.dashboard.title"]!));
      await assertNoAxeViolations(page, `/${l}/admin`);

      // The content list, then the item.
      const staffNav = page.getByRole("navigation", { name: exactly(m["layout.adminNav"]!) });
      await Promise.all([page.waitForURL(`${h.baseUrl}/${l}/admin/content`), staffNav.getByRole("link", { name: exactly(m["admin.nav.content"]!) }).click()]);
      assert.equal(await textOf(page.getByRole("heading", { level: 1 })), squash(m["admin.content.title"]!));
      await assertNoAxeViolations(page, `/${l}/admin/content`);
      const original = demo(SLUG, l).title;
      const row = page.getByRole("row").filter({ has: page.getByText(SLUG, { exact: true }) });
      assert.equal(await row.count(), 1);
      await Promise.all([
        page.waitForURL(new RegExp(`/${l}/admin/content/[0-9a-f-]{36}$`)),
        row.getByRole("link", { name: exactly(original) }).click(),
      ]);

      // This language's version: "Edit (<language>)".
      const version = page.getByRole("row").filter({ has: page.locator(`td[lang="${LANG_TAG[l]}"]`) });
      const edit = version.getByRole("link", { name: new RegExp(`^${escapeRegExp(squash(m["admin.content.edit"]!))}`) });
      assert.equal(await textOf(version.locator(`td[lang="${LANG_TAG[l]}"]`)), original);
      await Promise.all([page.waitForURL(new RegExp(`/${l}/admin/content/[0-9a-f-]{36}/${l}$`)), edit.click()]);
      const editUrl = page.url();
      assert.equal(
        await textOf(page.getByRole("heading", { level: 1 })),
        squash(format(l, m["admin.content.editTitle"], { slug: SLUG, language: languageName(l, l) })),
      );
      const titleField = page.getByLabel(m["admin.content.fieldTitle"]!, { exact: true });
      assert.equal(await titleField.inputValue(), original);
      assert.equal(await titleField.getAttribute("dir"), l === "ar" ? "rtl" : "ltr");
      await assertNoAxeViolations(page, `/${l}/admin/content/…/${l}`);

      // Preview: the new title shows, nothing is saved.
      const newTitle = `${original} (${l} e2e)`;
      const before = await revisions(l);
      await titleField.fill(newTitle);
      const preview = await submitAndWait(page, page.getByRole("button", { name: exactly(m["admin.content.preview"]!) }));
      assert.equal(preview.status(), 200);
      assert.equal(page.url(), editUrl);
      assert.ok(await page.getByRole("status").filter({ hasText: exactly(m["admin.content.previewNotice"]!) }).isVisible());
      assert.equal(await textOf(page.locator(".preview-frame article > h2")), newTitle);
      assert.ok((await page.title()).startsWith(format(l, m["admin.content.previewTitle"], { title: newTitle })));
      assert.equal(await page.locator("html").count(), 1);
      assert.equal(await page.locator("#main-content").count(), 1, "one page shell");
      assert.equal(await titleField.inputValue(), newTitle, "the form keeps the edit");
      assert.deepEqual(await revisions(l), before, "preview saves nothing");
      assert.equal(await publicTitle(page, l), original);
      await assertNoAxeViolations(page, `/${l}/admin/content/…/${l} (preview)`);

      // Publish: a new version, live on the public page.
      await Promise.all([
        page.waitForURL(new RegExp(`/${l}/admin/content/[0-9a-f-]{36}$`)),
        page.getByRole("button", { name: exactly(m["admin.content.publish"]!) }).click(),
      ]);
      assert.ok(await page.getByRole("status").filter({ hasText: exactly(m["admin.content.published"]!) }).isVisible());
      const afterPublish = await revisions(l);
      assert.equal(afterPublish.length, before.length + 1);
      assert.equal(afterPublish.at(-1)?.title, newTitle);
      assert.equal(await publicTitle(page, l), newTitle);
    } finally {
      await context.close();
    }
  });
}

test("admin (ar): an administrator signs in with password, then the security code", async () => {
  const l: Locale = "ar";
  const m = messages[l];
  const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
  try {
    const page = await context.newPage();
    await page.goto(`${h.baseUrl}/${l}/admin/login`);
    const first = await fillLogin(page, m, admin.email, admin.password);
    assert.equal(first.status(), 303);
    await page.waitForURL(`${h.baseUrl}/${l}/admin/login/totp`);
    assert.equal(await textOf(page.getByRole("heading", { level: 1 })), squash(m["totp.challengeTitle"]!));
    const code = page.getByLabel(m["totp.code"]!, { exact: true });
    assert.equal(await code.getAttribute("autocomplete"), "one-time-code");
    assert.equal(await code.getAttribute("dir"), "ltr", "digits run left to right in the Arabic UI");
    await assertNoAxeViolations(page, `/${l}/admin/login/totp`);

    // Not yet signed in: the staff area sends the half-signed-in admin back to the code step.
    const probe = await context.newPage();
    await probe.goto(`${h.baseUrl}/${l}/admin/content`);
    assert.equal(probe.url(), `${h.baseUrl}/${l}/admin/login/totp`);
    await probe.close();

    // A wrong code, then the right one.
    const right = admin.code();
    const wrong = right.slice(0, 5) + String((Number(right.at(-1)) + 5) % 10);
    await code.fill(wrong);
    const refused = await submitAndWait(page, page.locator("main").getByRole("button", { name: exactly(m["totp.verify"]!) }));
    assert.equal(refused.status(), 400);
    assert.ok((await textOf(page.locator("[data-error-summary]"))).includes(squash(m["totp.error.wrong"]!)));
    await page.getByLabel(m["totp.code"]!, { exact: true }).fill(admin.code());
    const accepted = await submitAndWait(page, page.locator("main").getByRole("button", { name: exactly(m["totp.verify"]!) }));
    assert.equal(accepted.status(), 303);
    await page.waitForURL(`${h.baseUrl}/${l}/admin`);
    assert.equal(await textOf(page.getByRole("heading", { level: 1 })), squash(m["admin.dashboard.title"]!));
    // Administrators see the staff accounts.
    const staffNav = page.getByRole("navigation", { name: exactly(m["layout.adminNav"]!) });
    assert.equal(await staffNav.getByRole("link", { name: exactly(m["admin.nav.users"]!) }).count(), 1);
  } finally {
    await context.close();
  }
});
