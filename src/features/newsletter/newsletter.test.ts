import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildPage, buildStaff, signIn } from "../../../tests/support/factories.ts";
import { Client } from "../../../tests/support/http.ts";
import { jobHandlers } from "../../jobs/handlers.ts";
import { runMaintenance } from "../../jobs/maintenance.ts";
import type { MailMessage } from "../../jobs/mailer.ts";
import { header, listOutbox, readOutboxMessage } from "../../jobs/outbox.ts";
import { createQueue } from "../../jobs/queue.ts";
import { queueRepo } from "../../jobs/queue.repo.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { newsletterRepo } from "./newsletter.repo.ts";
import { deliveryKey, NEWSLETTER_DELIVERY, newsletterService } from "./newsletter.service.ts";

let t: TestApp;
before(async () => {
  t = await createTestApp({ outbox: true });
});
after(async () => {
  await t.close();
});

let addressNo = 0;
const address = (label: string) => `${label}-${++addressNo}@example.org`;

/** Each subscriber posts from their own address, as people do (the form allows 10 posts an hour per address). */
function visitor() {
  return new Client(t.app, {}, `10.0.${Math.floor(addressNo / 200)}.${(addressNo % 200) + 1}`);
}

async function subscribe(email: string, form: { language?: string; topics?: string[] } = {}, lang = "en") {
  const client = visitor();
  const res = await client.post(`/${lang}/newsletter`, { email, language: form.language ?? lang, topics: form.topics ?? ["news"] }, { formPage: `/${lang}/newsletter` });
  return { client, res };
}

const lastMailTo = (email: string): MailMessage | undefined => [...t.mail].reverse().find((m) => m.to === email);
const linkIn = (text: string, path: RegExp): string => {
  const m = new RegExp(`https?://[^\\s]+${path.source}[^\\s]*`).exec(text);
  assert.ok(m, `no link matching ${path} in:\n${text}`);
  return new URL(m[0]).pathname;
};

/** Subscribes and confirms through the mail; returns the manage path. */
async function subscribeConfirmed(email: string, form: { language?: string; topics?: string[] } = {}) {
  const { client } = await subscribe(email, form, form.language ?? "en");
  const confirm = linkIn(lastMailTo(email)!.text, /\/newsletter\/confirm\//);
  const res = await client.post(confirm, {}, { formPage: confirm });
  assert.equal(res.statusCode, 200);
  const manage = /href="(\/[a-z]{2}\/newsletter\/manage\/[A-Za-z0-9_-]+)"/.exec(res.body)?.[1];
  assert.ok(manage, "the confirmed page links to the manage page");
  return manage;
}

function worker(id?: string) {
  return createQueue({ db: t.db, clock: () => t.clock.now, handlers: jobHandlers(t.app.services), ...(id ? { workerId: id } : {}) });
}

describe("newsletter subscription (double opt-in)", () => {
  it("sends a confirmation written to the outbox as .eml, and following its link confirms, twice over", async () => {
    const email = address("amal");
    const { client, res } = await subscribe(email, { language: "ar", topics: ["news", "remembrance"] });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, "/en/newsletter/check-email");
    const page = await client.get("/en/newsletter/check-email");
    assert.match(page.body, /Check your email/);

    const newest = (await listOutbox(t.config.dataDir))[0];
    assert.ok(newest, "an .eml file in DATA_DIR/outbox");
    assert.equal(newest.to, email);
    const eml = await readOutboxMessage(t.config.dataDir, newest.name);
    assert.ok(eml);
    assert.equal(header(eml, "subject"), "أكّد اشتراكك في النشرة الإخبارية", "in the chosen language");
    assert.match(header(eml, "list-unsubscribe"), /^<http:\/\/localhost(:80)?\/newsletter\/unsubscribe\/[A-Za-z0-9_-]+>$/);
    assert.equal(header(eml, "list-unsubscribe-post"), "List-Unsubscribe=One-Click");
    const confirm = linkIn(eml.text, /\/ar\/newsletter\/confirm\//);

    // Opening the link (as a mail scanner would) confirms nothing: it shows a button.
    const opened = await client.get(confirm);
    assert.equal(opened.statusCode, 200);
    assert.match(opened.body, /تأكيد اشتراكي/);
    assert.equal(opened.headers["cache-control"], "no-store");
    assert.equal(opened.headers["referrer-policy"], "no-referrer");
    assert.equal(opened.headers["x-robots-tag"], "noindex");
    const service = newsletterService({ db: t.db, clock: () => t.clock.now, fieldKey: t.app.services.keys.field, mailer: t.app.services.mailer });
    const token = confirm.split("/").at(-1)!;
    assert.equal((await service.confirmState(token)).state, "pending", "still waiting after the link was opened");
    const first = await client.post(confirm, {}, { formPage: confirm });
    assert.equal(first.statusCode, 200);
    assert.match(first.body, /تم تأكيد اشتراكك/);
    assert.equal(first.headers["cache-control"], "no-store");
    const again = await client.get(confirm);
    assert.equal(again.statusCode, 200, "confirming is idempotent");
    assert.match(again.body, /تم تأكيد اشتراكك/);
    const counts = await newsletterService({ db: t.db, clock: () => t.clock.now, fieldKey: t.app.services.keys.field, mailer: t.app.services.mailer }).counts();
    assert.ok((counts.byLanguage.ar ?? 0) >= 1);
  });

  it("keeps the answers and links each error when the form is wrong, and refuses robots", async () => {
    const client = visitor();
    const res = await client.post("/en/newsletter", { email: "not an address", language: "en" }, { formPage: "/en/newsletter" });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<title>Error: Newsletter/);
    assert.match(res.body, /href="#field-email"/);
    assert.match(res.body, /href="#field-topics"/);
    assert.match(res.body, /value="not an address"/);
    const mails = t.mail.length;
    const robot = await client.post("/en/newsletter", { email: address("robot"), language: "en", topics: ["news"], website: "http://spam.example" }, { formPage: "/en/newsletter" });
    assert.equal(robot.statusCode, 400);
    assert.equal(t.mail.length, mails, "no mail for a robot");
  });

  it("explains an expired link and offers to subscribe again; nothing is subscribed", async () => {
    const email = address("late");
    const { client } = await subscribe(email);
    const confirm = linkIn(lastMailTo(email)!.text, /\/newsletter\/confirm\//);
    t.clock.advance(8 * 86_400_000);
    const res = await client.get(confirm);
    assert.equal(res.statusCode, 410);
    assert.equal((await client.post(confirm, {}, { formPage: "/en/newsletter" })).statusCode, 410, "pressing an old page's button is refused too");
    assert.match(res.body, /This link no longer works/);
    assert.match(res.body, /href="\/en\/newsletter"/);
    const unknown = await client.get("/en/newsletter/confirm/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    assert.equal(unknown.statusCode, 404);
    // Housekeeping forgets unconfirmed subscriptions once their link has expired.
    const service = newsletterService({ db: t.db, clock: () => t.clock.now, fieldKey: t.app.services.keys.field, mailer: t.app.services.mailer });
    assert.ok((await service.counts()).pending >= 1);
    await runMaintenance(t.db, t.config, () => t.clock.now, t.app.services.storage);
    assert.equal((await service.counts()).pending, 0);
  });

  it("lists the subscription page in the sitemap, and never a private link", async () => {
    const sitemap = await t.app.inject("/sitemap.xml");
    assert.match(sitemap.body, /<loc>http:\/\/localhost(:80)?\/ar\/newsletter<\/loc>/);
    assert.doesNotMatch(sitemap.body, /newsletter\/(confirm|manage|unsubscribe)/);
  });

  it("does not reveal that an address is already subscribed: same answer, and a mail with the manage link instead", async () => {
    const email = address("known");
    await subscribeConfirmed(email, { topics: ["events"] });
    t.clock.advance(11 * 60_000);
    const unknownAnswer = (await subscribe(address("fresh"))).res;
    const { res } = await subscribe(email, { topics: ["news", "stories"] });
    assert.equal(res.statusCode, unknownAnswer.statusCode);
    assert.equal(res.headers.location, unknownAnswer.headers.location);
    const mail = lastMailTo(email)!;
    assert.equal(mail.subject, "You are already subscribed to the newsletter");
    const manage = linkIn(mail.text, /\/newsletter\/manage\//);
    const page = await visitor().get(manage);
    assert.match(page.body, /value="events" checked/, "choices unchanged by someone else's request");
    assert.doesNotMatch(page.body, /value="stories" checked/);
    // Asking again at once sends nothing more (no mail bombing of one address).
    const before = t.mail.length;
    await subscribe(email);
    assert.equal(t.mail.length, before);
  });

  it("changes language and topics on the manage page, and unsubscribes from it", async () => {
    const email = address("manage");
    const manage = await subscribeConfirmed(email, { topics: ["news"] });
    const client = visitor();
    const page = await client.get(manage);
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers["cache-control"], "no-store");
    const bad = await client.post(manage, { language: "en" }, { formPage: manage });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /href="#field-topics"/);
    const saved = await client.post(manage, { language: "fr", topics: ["events", "publications"] }, { formPage: manage });
    assert.equal(saved.statusCode, 303);
    const after = await client.get(manage);
    assert.match(after.body, /Your choices are saved/);
    assert.match(after.body, /value="events" checked/);
    assert.match(after.body, /value="publications" checked/);
    assert.doesNotMatch(after.body, /value="news" checked/);
    assert.match(after.body, /<option value="fr" selected/);
    const left = await client.post(`${manage}/unsubscribe`, {}, { formPage: manage });
    assert.equal(left.statusCode, 303);
    assert.equal(left.headers.location, "/en/newsletter/unsubscribed");
    assert.equal((await client.get(manage)).statusCode, 404, "the address is gone");
  });
});

describe("the List-Unsubscribe page for people", () => {
  it("asks in the subscriber's language, and its button unsubscribes", async () => {
    const email = address("human");
    await subscribeConfirmed(email, { language: "ru", topics: ["news"] });
    const oneClick = new URL(lastMailTo(email)!.headers!["List-Unsubscribe"]!.slice(1, -1)).pathname;
    const client = visitor();
    const page = await client.get(oneClick);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<html lang="ru"/);
    assert.match(page.body, new RegExp(`<form method="post" action="${oneClick}">`));
    assert.equal(page.headers["x-robots-tag"], "noindex");
    assert.equal(page.headers["referrer-policy"], "no-referrer");
    const res = await client.post(oneClick, {}, { headers: { origin: "null", "sec-fetch-site": "same-origin" } });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, "/ru/newsletter/unsubscribed");
    assert.equal((await client.get(oneClick)).statusCode, 404);
  });
});

describe("newsletter issues", () => {
  it("goes to the right subscribers only, each exactly once even when two workers run and run again; progress, audit, and one-click unsubscribe", async () => {
    const news = await buildPage(t, { kind: "news", locales: { en: { title: "Remembrance day announced", summary: "The day is 21 August." }, fr: { title: "Journée annoncée" } } });
    const a = address("en-news");
    const b = address("en-events");
    const c = address("fr-news");
    const d = address("en-news-pending");
    const e = address("en-news-two");
    await subscribeConfirmed(a, { language: "en", topics: ["news", "events"] });
    await subscribeConfirmed(b, { language: "en", topics: ["events"] });
    await subscribeConfirmed(c, { language: "fr", topics: ["news"] });
    await subscribe(d, { language: "en", topics: ["news"] });
    await subscribeConfirmed(e, { language: "en", topics: ["news"] });

    const editor = await buildStaff(t, { roles: ["editor"] });
    const staff = await signIn(t, editor);
    const compose = await staff.get("/en/admin/newsletter/new?language=en");
    assert.equal(compose.statusCode, 200);
    assert.match(compose.body, /Remembrance day announced/);
    assert.doesNotMatch(compose.body, /Journée annoncée/, "only content in the issue's language");
    const invalid = await staff.post("/en/admin/newsletter/new", { language: "en", topic: "news", subject: "", intro: "" }, { formPage: "/en/admin/newsletter/new" });
    assert.equal(invalid.statusCode, 400);
    assert.match(invalid.body, /href="#field-subject"/);
    assert.match(invalid.body, /href="#field-items"/);
    const created = await staff.post("/en/admin/newsletter/new", { language: "en", topic: "news", subject: "August <issue>", intro: "Dear readers, <b>welcome</b>.", items: [news.id] }, { formPage: "/en/admin/newsletter/new" });
    assert.equal(created.statusCode, 303);
    const issuePath = created.headers.location as string;
    const issueId = issuePath.split("/").pop()!;
    const preview = await staff.get(issuePath);
    assert.match(preview.body, /Dear readers, &lt;b>welcome&lt;\/b>\./, "escaped in the preview");
    assert.match(preview.body, /This issue will go to 2 subscribers/);

    const sendPath = `${issuePath}/send`;
    assert.equal((await staff.post(sendPath, {}, { formPage: issuePath })).statusCode, 303);
    const twice = await staff.post(sendPath, {}, { formPage: issuePath });
    assert.equal(twice.statusCode, 303);
    assert.match((await staff.get(issuePath)).body, /already been sent/);

    const before = t.mail.length;
    const [w1, w2] = [worker("one"), worker("two")];
    await Promise.all([w1.drain(), w2.drain(), w1.drain(), w2.drain()]);
    await Promise.all([w1.drain(), w2.drain()]);
    const sent = t.mail.slice(before);
    assert.deepEqual(sent.map((m) => m.to).sort(), [a, e].sort(), "confirmed, English, news: each once");
    const issueMail = sent.find((m) => m.to === a)!;
    assert.equal(issueMail.subject, "August <issue>");
    assert.match(issueMail.text, /Remembrance day announced\nThe day is 21 August\.\nhttp:\/\/localhost(:80)?\/en\/news\//);
    assert.match(issueMail.headers?.["List-Unsubscribe"] ?? "", /^<http:\/\/localhost(:80)?\/newsletter\/unsubscribe\/[A-Za-z0-9_-]+>$/);
    assert.equal(issueMail.headers?.["List-Unsubscribe-Post"], "List-Unsubscribe=One-Click");

    assert.deepEqual(await queueRepo(t.db).progress(`newsletter.issue:${issueId}:`), { queued: 0, done: 2, failed: 0 });
    const progressPage = await staff.get(issuePath);
    assert.match(progressPage.body, /<dt>Sent<\/dt><dd>2<\/dd>/);
    assert.match(progressPage.body, /<dt>Failed after every retry<\/dt><dd>0<\/dd>/);

    const audit = await auditRepo(t.db.kysely).list({ action: "newsletter.issue.send" }, { limit: 10, offset: 0 });
    assert.ok(audit.rows.some((r) => r.target_id === issueId && r.email === editor.email));

    // One-click unsubscribe as a mail provider does it: cross-site, no cookie, no CSRF token, multipart body.
    const oneClick = new URL(issueMail.headers!["List-Unsubscribe"]!.slice(1, -1)).pathname;
    const boundary = "----provider";
    const res = await t.app.inject({
      method: "POST",
      url: oneClick,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}`, origin: "https://mail.example.com", "sec-fetch-site": "cross-site" },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
    });
    assert.equal(res.statusCode, 200);
    assert.equal((await t.app.inject({ method: "GET", url: oneClick })).statusCode, 404, "unsubscribed: the link now says so");
    // Elsewhere a cross-site post is still refused.
    const forged = await t.app.inject({ method: "POST", url: "/en/newsletter", headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example", "sec-fetch-site": "cross-site" }, payload: "email=x%40example.org" });
    assert.equal(forged.statusCode, 403);

    // The unsubscribed address is never mailed again.
    const mailsNow = t.mail.length;
    const second = await staff.post("/en/admin/newsletter/new", { language: "en", topic: "news", subject: "September", intro: "Hello again.", items: [news.id] }, { formPage: "/en/admin/newsletter/new" });
    const secondPath = second.headers.location as string;
    await staff.post(`${secondPath}/send`, {}, { formPage: secondPath });
    await worker().drain();
    assert.deepEqual(t.mail.slice(mailsNow).map((m) => m.to), [e]);
  });

  it("sends nothing when a delivery already marked sent is run again (crash after commit, job redelivered)", async () => {
    const email = address("redelivered");
    await subscribeConfirmed(email, { language: "es", topics: ["stories"] });
    const item = await buildPage(t, { kind: "news", locales: { es: { title: "Historias" } } });
    const admin = await buildStaff(t, { roles: ["admin"] });
    const staff = await signIn(t, admin, "es");
    const created = await staff.post("/es/admin/newsletter/new", { language: "es", topic: "stories", subject: "Historias", intro: "Hola.", items: [item.id] }, { formPage: "/es/admin/newsletter/new" });
    const path = created.headers.location as string;
    await staff.post(`${path}/send`, {}, { formPage: path });
    const issueId = path.split("/").pop()!;
    const before = t.mail.length;
    await worker().drain();
    assert.equal(t.mail.length, before + 1);
    const handler = jobHandlers(t.app.services)[NEWSLETTER_DELIVERY]!;
    assert.equal((await queueRepo(t.db).progress(`newsletter.issue:${issueId}:`)).done, 1);
    // Run the handler once more with the same payload, as a second worker would after a lost lease.
    const subscriberJob = await findIssueJob(issueId);
    assert.ok(subscriberJob);
    assert.equal(subscriberJob.state, "done");
    const result = await handler(subscriberJob.payload, subscriberJob);
    assert.equal(result, undefined, "nothing to do");
    assert.equal(t.mail.length, before + 1, "not sent twice");
  });
});

/** The one job of an issue with a single recipient. */
async function findIssueJob(issueId: string) {
  const queue = worker();
  const subs = await newsletterRepo(t.db.kysely).confirmedIdsFor("es", "stories");
  for (const id of subs) {
    const job = await queue.findJob(NEWSLETTER_DELIVERY, deliveryKey(issueId, id));
    if (job) return job;
  }
  return undefined;
}

describe("newsletter staff pages", () => {
  it("lets admins and editors compose, and only admins read the outbox; translators and moderators are refused", async () => {
    const translator = await signIn(t, await buildStaff(t, { roles: ["translator"] }));
    assert.equal((await translator.get("/en/admin/newsletter")).statusCode, 403);
    const moderator = await signIn(t, await buildStaff(t, { roles: ["moderator"] }));
    assert.equal((await moderator.get("/en/admin/outbox")).statusCode, 403);
    const editor = await signIn(t, await buildStaff(t, { roles: ["editor"] }));
    const dash = await editor.get("/en/admin/newsletter");
    assert.equal(dash.statusCode, 200);
    assert.doesNotMatch(dash.body, /@example\.org/, "no addresses listed");
    assert.equal((await editor.get("/en/admin/outbox")).statusCode, 403);
    const anonymous = await new Client(t.app).get("/en/admin/newsletter");
    assert.equal(anonymous.statusCode, 303);
  });

  it("shows the outbox newest first and one message with its headers and text, escaped and read-only", async () => {
    const email = address("outbox");
    await subscribe(email, { language: "zh", topics: ["events"] });
    const admin = await buildStaff(t, { roles: ["admin"] });
    const staff = await signIn(t, admin);
    const list = await staff.get("/en/admin/outbox");
    assert.equal(list.statusCode, 200);
    const firstRow = /<tbody>\s*<tr>[\s\S]*?<\/tr>/.exec(list.body)?.[0] ?? "";
    assert.match(firstRow, new RegExp(email.replace(/[.]/g, "\\.")), "newest first");
    const href = /href="(\/en\/admin\/outbox\/[^"]+\.eml)"/.exec(firstRow)?.[1];
    assert.ok(href);
    const one = await staff.get(href);
    assert.equal(one.statusCode, 200);
    assert.match(one.body, /请确认订阅简报/);
    assert.match(one.body, /List-Unsubscribe-Post/);
    assert.doesNotMatch(one.body, /<form[^>]*action="\/en\/admin\/outbox/, "read-only");
    assert.equal((await staff.get("/en/admin/outbox/..%2Fportal.sqlite")).statusCode, 404);
    assert.equal((await staff.get("/en/admin/outbox/not-a-message.eml")).statusCode, 404);
    const audit = await auditRepo(t.db.kysely).list({ action: "outbox.view" }, { limit: 5, offset: 0 });
    assert.ok(audit.rows.some((r) => r.email === admin.email));
  });

  it("says mail goes through SMTP when SMTP_URL is set", async () => {
    const smtp = await createTestApp({ env: { SMTP_URL: "smtp://mail.example.org:587" } });
    try {
      const staff = await signIn(smtp, await buildStaff(smtp, { roles: ["admin"] }));
      const res = await staff.get("/en/admin/outbox");
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /through the SMTP server/);
    } finally {
      await smtp.close();
    }
  });
});
