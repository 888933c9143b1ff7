import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { startBrowserHarness, type BrowserHarness } from "../support/browser.ts";
import { buildStaff } from "../support/factories.ts";
import { jobHandlers } from "../../src/jobs/handlers.ts";
import { header, listOutbox, readOutboxMessage } from "../../src/jobs/outbox.ts";
import { createQueue } from "../../src/jobs/queue.ts";
import { newsletterService } from "../../src/features/newsletter/newsletter.service.ts";
import {
  assertHeading,
  assertNoAxeViolationsOnce,
  assertPageLanguage,
  BROWSER_LOCALE,
  exactly,
  fillLogin,
  loadAllMessages,
  newContext,
  SCREENSHOT_DIR,
  squash,
  submitAndWait,
  textOf,
  type Locale,
} from "./helpers.ts";

/**
 * The newsletter, read as stories, in Arabic, Chinese and Spanish: a reader subscribes, opens the
 * confirmation link from the outbox (the .eml file the portal wrote), changes topics, and leaves; a staff
 * member composes an issue from published news, sends it, watches the queue deliver it, and reads it in
 * the outbox. axe runs on every page; phone and desktop screenshots go to screenshots/.
 */

let h: BrowserHarness;
const TEST_TIMEOUT = 90_000;
const messages = loadAllMessages();
const LANGS: Locale[] = ["ar", "zh", "es"];

before(async () => {
  h = await startBrowserHarness({ outbox: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

after(async () => {
  await h?.close();
});

/** A desktop screenshot, and the same page at phone width. */
async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `newsletter-${name}.png`), fullPage: true });
  const size = page.viewportSize();
  if (!size || size.width <= 390) return;
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `newsletter-${name}-phone.png`), fullPage: true });
  await page.setViewportSize(size);
}

/** The newest mail in the outbox to this address, decoded. */
async function newestMailTo(email: string) {
  const entry = (await listOutbox(h.t.config.dataDir)).find((e) => e.to === email);
  assert.ok(entry, `a mail to ${email} in the outbox`);
  const m = await readOutboxMessage(h.t.config.dataDir, entry.name);
  assert.ok(m);
  return m;
}

function linkTo(text: string, pattern: RegExp): string {
  const found = new RegExp(`https?://\\S+${pattern.source}\\S*`).exec(text)?.[0];
  assert.ok(found, `a link matching ${pattern}`);
  return found;
}

for (const l of LANGS) {
  test(`a reader subscribes, confirms from the outbox, changes topics and unsubscribes (${l})`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages[l];
    const email = `reader-${l}@example.org`;
    for (const width of [390, 1280]) {
      const context = await newContext(h, { locale: BROWSER_LOCALE[l], width, height: 900 });
      const page = await context.newPage();
      try {
        if (width === 390) {
          // Phone: the form and the answer page only (screenshots).
          await page.goto(`${h.baseUrl}/${l}/newsletter`);
          await assertNoAxeViolationsOnce(page, `/${l}/newsletter (phone)`);
          await shot(page, `${l}-form-phone`);
          continue;
        }
        await page.goto(`${h.baseUrl}/${l}/newsletter`);
        await assertPageLanguage(page, l);
        await assertHeading(page, m["newsletter.title"]);
        await assertNoAxeViolationsOnce(page, `/${l}/newsletter`);
        // The newsletter's language defaults to the page's.
        assert.equal(await page.getByLabel(m["newsletter.form.language"]!, { exact: true }).inputValue(), l);

        // Forgetting the address: the error summary links to the field.
        const refused = await submitAndWait(page, page.locator("main").getByRole("button", { name: exactly(m["newsletter.form.submit"]!) }));
        assert.equal(refused.status(), 400);
        assert.ok((await textOf(page.locator("[data-error-summary]"))).includes(squash(m["newsletter.error.email"]!)));
        await assertNoAxeViolationsOnce(page, `/${l}/newsletter (errors)`, "errors");
        await shot(page, `${l}-form-errors`);

        await page.getByLabel(m["newsletter.form.email"]!, { exact: true }).fill(email);
        await page.getByRole("checkbox", { name: exactly(m["newsletter.topic.events"]!) }).check();
        const sent = await submitAndWait(page, page.locator("main").getByRole("button", { name: exactly(m["newsletter.form.submit"]!) }));
        assert.equal(sent.status(), 303);
        await assertHeading(page, m["newsletter.checkEmail.title"]);
        await assertNoAxeViolationsOnce(page, `/${l}/newsletter/check-email`);

        // The confirmation, in the reader's language, read from the outbox.
        const mail = await newestMailTo(email);
        assert.equal(header(mail, "subject"), m["newsletter.mail.confirm.subject"]);
        assert.equal(header(mail, "list-unsubscribe-post"), "List-Unsubscribe=One-Click");
        await page.goto(linkTo(mail.text, new RegExp(`/${l}/newsletter/confirm/`)));
        // Opening the link only shows a button (mail scanners open links too); pressing it confirms.
        await assertHeading(page, m["newsletter.confirmPrompt.title"]);
        await assertNoAxeViolationsOnce(page, `/${l}/newsletter/confirm (button)`);
        await submitAndWait(page, page.locator("main").getByRole("button", { name: exactly(m["newsletter.confirmPrompt.submit"]!) }));
        await assertHeading(page, m["newsletter.confirmed.title"]);
        await assertNoAxeViolationsOnce(page, `/${l}/newsletter/confirm`);
        await shot(page, `${l}-confirmed`);

        // Change the topics on the private manage page.
        await page.getByRole("link", { name: exactly(m["newsletter.confirmed.manage"]!) }).click();
        await page.waitForURL(/\/newsletter\/manage\//);
        await assertHeading(page, m["newsletter.manage.title"]);
        await assertNoAxeViolationsOnce(page, `/${l}/newsletter/manage`);
        const stories = page.getByRole("checkbox", { name: exactly(m["newsletter.topic.stories"]!) });
        const news = page.getByRole("checkbox", { name: exactly(m["newsletter.topic.news"]!) });
        assert.equal(await news.isChecked(), true);
        await news.uncheck();
        await stories.check();
        const saved = await submitAndWait(page, page.locator("main").getByRole("button", { name: exactly(m["newsletter.manage.save"]!) }));
        assert.equal(saved.status(), 303);
        assert.equal(await textOf(page.getByRole("status").filter({ hasText: m["newsletter.manage.saved"]! })), squash(m["newsletter.manage.saved"]!));
        assert.equal(await page.getByRole("checkbox", { name: exactly(m["newsletter.topic.stories"]!) }).isChecked(), true);
        assert.equal(await page.getByRole("checkbox", { name: exactly(m["newsletter.topic.news"]!) }).isChecked(), false);
        await assertNoAxeViolationsOnce(page, `/${l}/newsletter/manage (saved)`, "saved");
        await shot(page, `${l}-manage`);

        // Leave.
        const left = await submitAndWait(page, page.locator("main").getByRole("button", { name: exactly(m["newsletter.unsubscribe.submit"]!) }));
        assert.equal(left.status(), 303);
        await assertHeading(page, m["newsletter.unsubscribed.title"]);
        await assertNoAxeViolationsOnce(page, `/${l}/newsletter/unsubscribed`);
      } finally {
        await context.close();
      }
    }
  });

  test(`staff compose an issue from published news, send it, and read it in the outbox (${l})`, { timeout: TEST_TIMEOUT }, async () => {
    const m = messages[l];
    // A confirmed subscriber of this language and topic, made through the service.
    const services = h.t.app.services;
    const newsletter = newsletterService({ db: services.db, clock: services.clock, fieldKey: services.keys.field, mailer: services.mailer });
    const reader = `issue-reader-${l}@example.org`;
    await newsletter.subscribe({ email: reader, language: l, topics: ["news"] }, h.baseUrl);
    const token = /\/newsletter\/confirm\/([A-Za-z0-9_-]+)/.exec([...h.t.mail].reverse().find((x) => x.to === reader)!.text)![1]!;
    assert.equal((await newsletter.confirm(token)).state, "confirmed");

    const admin = await buildStaff(h.t, { roles: ["admin"] });
    const context = await newContext(h, { locale: BROWSER_LOCALE[l] });
    const page = await context.newPage();
    try {
      await page.goto(`${h.baseUrl}/${l}/admin/login`);
      await fillLogin(page, m, admin.email, admin.password);
      await page.waitForURL(`${h.baseUrl}/${l}/admin/login/totp`);
      await page.getByLabel(m["totp.code"]!, { exact: true }).fill(admin.code());
      await submitAndWait(page, page.locator("main").getByRole("button", { name: exactly(m["totp.verify"]!) }));

      const adminNav = page.getByRole("navigation", { name: exactly(m["layout.adminNav"]!) });
      await adminNav.getByRole("link", { name: exactly(m["admin.newsletter.title"]!) }).click();
      await assertHeading(page, m["admin.newsletter.title"]);
      await assertNoAxeViolationsOnce(page, `/${l}/admin/newsletter`);
      await shot(page, `${l}-admin`);

      await page.locator("main").getByRole("link", { name: exactly(m["admin.newsletter.compose"]!) }).click();
      await assertHeading(page, m["admin.newsletter.compose"]);
      await assertNoAxeViolationsOnce(page, `/${l}/admin/newsletter/new`);
      const subject = { ar: "نشرة آب: يوم الذكرى", zh: "八月简报：纪念日", es: "Boletín de agosto: día de homenaje" }[l as "ar" | "zh" | "es"];
      await page.getByLabel(m["admin.newsletter.topic"]!, { exact: true }).selectOption("news");
      await page.getByLabel(m["admin.newsletter.subject"]!, { exact: true }).fill(subject);
      await page.getByLabel(m["admin.newsletter.intro"]!, { exact: true }).fill(subject);
      const items = page.getByRole("group", { name: exactly(m["admin.newsletter.items"]!) }).getByRole("checkbox");
      assert.ok((await items.count()) > 0, "published news in this language to choose from");
      await items.first().check();
      const created = await submitAndWait(page, page.locator("main").getByRole("button", { name: exactly(m["admin.newsletter.preview"]!) }));
      assert.equal(created.status(), 303);
      await assertHeading(page, subject);
      await assertNoAxeViolationsOnce(page, `/${l}/admin/newsletter/issues/ID`);
      await shot(page, `${l}-issue-preview`);

      const send = await submitAndWait(page, page.locator("main").getByRole("button", { name: exactly(m["admin.newsletter.send"]!) }));
      assert.equal(send.status(), 303);
      // The worker (as in src/main.ts) delivers it.
      await createQueue({ db: services.db, clock: services.clock, handlers: jobHandlers(services) }).drain();
      await page.reload();
      const progress = page.getByRole("region", { name: exactly(m["admin.newsletter.progress"]!) });
      assert.ok((await textOf(progress)).includes(squash(m["admin.newsletter.sent"]!)));
      await assertNoAxeViolationsOnce(page, `/${l}/admin/newsletter/issues/ID (sent)`, "sent");
      await shot(page, `${l}-issue-sent`);

      await adminNav.getByRole("link", { name: exactly(m["admin.outbox.title"]!) }).click();
      await assertHeading(page, m["admin.outbox.title"]);
      await assertNoAxeViolationsOnce(page, `/${l}/admin/outbox`);
      await page.locator("main").getByRole("link", { name: exactly(subject) }).first().click();
      await assertHeading(page, subject);
      assert.ok((await textOf(page.locator("main"))).includes("List-Unsubscribe-Post"));
      await assertNoAxeViolationsOnce(page, `/${l}/admin/outbox/message`);
      await shot(page, `${l}-outbox-message`);
    } finally {
      await context.close();
    }
  });
}
