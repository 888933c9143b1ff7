import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database.ts";
import { translator } from "../../i18n/i18n.ts";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import type { Mailer } from "../../jobs/mailer.ts";
import { createQueue, type JobHandler } from "../../jobs/queue.ts";
import { queueRepo } from "../../jobs/queue.repo.ts";
import { decryptField, encryptField, keyedHash, randomToken, sha256 } from "../../web/crypto.ts";
import type { FieldKey, FieldKeys } from "../../web/secrets.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { contentRepo, type PublishedTranslation } from "../content/content.repo.ts";
import { joinTopics, newsletterRepo, splitTopics, type IssueRow, type SubscriberRow } from "./newsletter.repo.ts";
import type { ComposeInput, PreferencesInput, SubscribeInput } from "./newsletter.schema.ts";

/** The job that sends one issue to one subscriber. */
export const NEWSLETTER_DELIVERY = "newsletter.deliver";
/** A confirmation link works this long. */
export const CONFIRM_DAYS = 7;
/** At most one mail about the subscription per address in this time, whoever asks (no mail bombing). */
export const MAIL_INTERVAL_MS = 10 * 60_000;

export interface NewsletterDeps {
  db: Db;
  clock: () => Date;
  fieldKey: FieldKeys;
  mailer: Mailer;
}

export interface DeliveryPayload {
  issueId: string;
  subscriberId: string;
  origin: string;
}

export const confirmHash = (token: string) => sha256(`newsletter-confirm:${token}`);
export const manageHash = (token: string) => sha256(`newsletter-manage:${token}`);
/** The idempotency key of one delivery: an issue reaches a subscriber once. */
export const deliveryKey = (issueId: string, subscriberId: string) => `newsletter.issue:${issueId}:${subscriberId}`;
const deliveryPrefix = (issueId: string) => `newsletter.issue:${issueId}:`;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A subscriber's address as a keyed lookup hash under one field key (a rotation recomputes it). */
export const subscriberEmailHash = (key: FieldKey, email: string) => keyedHash(key, `newsletter:email:${normaliseEmail(email)}`).toString("hex");
/**
 * The manage token is derived from the subscriber's id with a field key, so each issue's job can put
 * the link in its mail while the database holds only the token's hash.
 */
export const subscriberManageToken = (key: FieldKey, subscriberId: string) => keyedHash(key, `newsletter:manage:${subscriberId}`).toString("base64url");

/** Where the reader changes their choices or leaves; a path under the language prefix. */
export const managePath = (language: string, token: string) => `/${language}/newsletter/manage/${token}`;
/** RFC 8058 one-click endpoint (outside the language prefix: mail providers post to it). */
export const unsubscribePath = (token: string) => `/newsletter/unsubscribe/${token}`;

/** A published item's address on the portal. */
export function itemPath(item: Pick<PublishedTranslation, "kind" | "slug" | "locale">): string {
  return `/${item.locale}/${item.kind === "news" ? "news" : "info"}/${item.slug}`;
}

export function newsletterService(deps: NewsletterDeps) {
  const { db, clock, fieldKey, mailer } = deps;
  const repo = newsletterRepo(db.kysely);
  const content = contentRepo(db.kysely);
  const audit = auditRepo(db.kysely, clock);
  const queue = createQueue({ db, clock });
  // Under every configured key: until a rotation has run, older rows still carry hashes under a retired key.
  const emailHashes = (email: string) => fieldKey.all.map((k) => subscriberEmailHash(k, email));
  /**
   * The subscriber's manage token: under the key its stored hash was made with (a retired key until the
   * rotation recomputes it), so the links mailed before and after a key change are the same and all work.
   */
  const manageToken = (sub: Pick<SubscriberRow, "id" | "manage_token_hash">) => {
    for (const k of fieldKey.all) {
      const token = subscriberManageToken(k, sub.id);
      if (manageHash(token) === sub.manage_token_hash) return token;
    }
    return subscriberManageToken(fieldKey.current, sub.id);
  };
  const now = () => clock().toISOString();

  function mayMail(sub: SubscriberRow): boolean {
    return !sub.last_mailed_at || clock().getTime() - new Date(sub.last_mailed_at).getTime() >= MAIL_INTERVAL_MS;
  }

  function listHeaders(origin: string, token: string): Record<string, string> {
    return { "List-Unsubscribe": `<${origin}${unsubscribePath(token)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
  }

  async function sendConfirmation(email: string, language: Locale, token: string, sub: SubscriberRow, origin: string) {
    const t = translator(language);
    const mt = manageToken(sub);
    await mailer.send({
      to: email,
      subject: t("newsletter.mail.confirm.subject"),
      text: t("newsletter.mail.confirm.body", { link: `${origin}/${language}/newsletter/confirm/${token}`, days: CONFIRM_DAYS }),
      headers: listHeaders(origin, mt),
    });
  }

  async function itemsOf(issue: IssueRow): Promise<PublishedTranslation[]> {
    const ids = JSON.parse(issue.items) as string[];
    const rows = (await content.findPublishedByItemIds(ids)).filter((r) => r.locale === issue.language);
    return ids.map((id) => rows.find((r) => r.itemId === id)).filter((r): r is PublishedTranslation => Boolean(r));
  }

  /** The issue as its readers get it, in plain text (also the preview). */
  function issueText(issue: IssueRow, items: PublishedTranslation[], origin: string, manageLink: string): string {
    const t = translator(isLocale(issue.language) ? issue.language : "en");
    const blocks = items.map((i) => `${i.title}\n${i.summary}\n${origin}${itemPath(i)}`);
    return [issue.intro, ...blocks, t("newsletter.mail.issue.footer", { link: manageLink })].join("\n\n");
  }

  return {
    manageToken,
    itemsOf,
    issueText,

    /**
     * Starts a subscription, or restarts an unconfirmed one. An address already confirmed is told so
     * by mail (with its manage link) and its choices stay as they were; the page answers the same in
     * every case, so nobody learns from it whether an address is subscribed.
     */
    async subscribe(input: SubscribeInput, origin: string): Promise<void> {
      const hashes = emailHashes(input.email);
      const hash = hashes[0]!;
      const existing = await repo.findByEmailHash(hashes);
      const at = now();
      if (existing?.confirmed_at) {
        if (!mayMail(existing)) return;
        await repo.updateSubscriber(existing.id, { last_mailed_at: at });
        const lang = isLocale(existing.language) ? existing.language : input.language;
        const t = translator(lang);
        const mt = manageToken(existing);
        await mailer.send({ to: input.email, subject: t("newsletter.mail.already.subject"), text: t("newsletter.mail.already.body", { link: `${origin}${managePath(lang, mt)}` }), headers: listHeaders(origin, mt) });
        return;
      }
      const token = randomToken();
      const expires = new Date(clock().getTime() + CONFIRM_DAYS * 86_400_000).toISOString();
      if (existing) {
        if (!mayMail(existing)) return;
        await repo.updateSubscriber(existing.id, { language: input.language, topics: joinTopics(input.topics), confirm_token_hash: confirmHash(token), confirm_expires_at: expires, last_mailed_at: at, updated_at: at });
        await sendConfirmation(input.email, input.language, token, existing, origin);
        return;
      }
      const id = randomUUID();
      const row: SubscriberRow = {
        id,
        email_hash: hash,
        email: encryptField(fieldKey, normaliseEmail(input.email)),
        language: input.language,
        topics: joinTopics(input.topics),
        confirmed_at: null,
        confirm_token_hash: confirmHash(token),
        confirm_expires_at: expires,
        manage_token_hash: manageHash(subscriberManageToken(fieldKey.current, id)),
        manage_token_hash_previous: null,
        last_mailed_at: at,
        created_at: at,
        updated_at: at,
      };
      await repo.insertSubscriber(row);
      await sendConfirmation(input.email, input.language, token, row, origin);
    },

    /** Where a confirmation link stands, without changing anything (opening the link is not confirming). */
    async confirmState(token: string): Promise<{ state: "pending" | "expired" | "unknown" } | { state: "confirmed"; manageToken: string }> {
      const sub = await repo.findByConfirmHash(confirmHash(token));
      if (!sub) return { state: "unknown" };
      if (sub.confirmed_at) return { state: "confirmed", manageToken: manageToken(sub) };
      if (!sub.confirm_expires_at || sub.confirm_expires_at < now()) return { state: "expired" };
      return { state: "pending" };
    },

    /** Confirms by the link's token; following it again still says confirmed. */
    async confirm(token: string): Promise<{ state: "confirmed"; subscriber: SubscriberRow; manageToken: string } | { state: "expired" | "unknown" }> {
      const sub = await repo.findByConfirmHash(confirmHash(token));
      if (!sub) return { state: "unknown" };
      if (sub.confirmed_at) return { state: "confirmed", subscriber: sub, manageToken: manageToken(sub) };
      if (!sub.confirm_expires_at || sub.confirm_expires_at < now()) return { state: "expired" };
      const at = now();
      await repo.updateSubscriber(sub.id, { confirmed_at: at, updated_at: at });
      return { state: "confirmed", subscriber: { ...sub, confirmed_at: at }, manageToken: manageToken(sub) };
    },

    async byManageToken(token: string): Promise<SubscriberRow | undefined> {
      if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
      return repo.findByManageHash(manageHash(token));
    },

    async updatePreferences(sub: SubscriberRow, prefs: PreferencesInput): Promise<void> {
      await repo.updateSubscriber(sub.id, { language: prefs.language, topics: joinTopics(prefs.topics), updated_at: now() });
    },

    /** Leaving deletes the subscriber: the address is gone, so it can never be mailed again. */
    async unsubscribe(sub: SubscriberRow): Promise<void> {
      await repo.deleteSubscriber(sub.id);
    },

    async forgetExpired(): Promise<number> {
      return repo.deleteExpiredPending(now());
    },

    /** Confirmed subscribers by language and by topic, and how many wait for confirmation. */
    async counts(): Promise<{ byLanguage: Record<string, number>; byTopic: Record<string, number>; total: number; pending: number }> {
      const rows = await repo.confirmedProfiles();
      const byLanguage: Record<string, number> = {};
      const byTopic: Record<string, number> = {};
      for (const r of rows) {
        byLanguage[r.language] = (byLanguage[r.language] ?? 0) + 1;
        for (const topic of splitTopics(r.topics)) byTopic[topic] = (byTopic[topic] ?? 0) + 1;
      }
      return { byLanguage, byTopic, total: rows.length, pending: await repo.countPending() };
    },

    /** Published news (newest first) and pages in one language, to pick from. */
    async publishedIn(language: string): Promise<PublishedTranslation[]> {
      const news = await content.listPublishedItemIds({ kind: "news" }, { limit: 40, offset: 0 });
      const pages = await content.listPublishedItemIds({ kind: "page" }, { limit: 100, offset: 0 });
      const order = [...news.ids, ...pages.ids];
      const rows = (await content.findPublishedByItemIds(order)).filter((r) => r.locale === language);
      return order.map((id) => rows.find((r) => r.itemId === id)).filter((r): r is PublishedTranslation => Boolean(r));
    },

    async createIssue(input: ComposeInput, staffId: string): Promise<string> {
      const id = randomUUID();
      await db.kysely.transaction().execute(async (trx) => {
        await repo.insertIssue({ id, language: input.language, topic: input.topic, subject: input.subject, intro: input.intro, items: JSON.stringify(input.items), recipients: 0, created_by: staffId, created_at: now(), sent_at: null }, trx);
        await audit.record({ userId: staffId, action: "newsletter.issue.create", targetType: "newsletter_issue", targetId: id, details: { language: input.language, topic: input.topic } }, trx);
      });
      return id;
    },

    findIssue: (id: string) => repo.findIssue(id),
    listIssues: () => repo.listIssues(50),

    /**
     * Sends an issue: one job per confirmed subscriber of its language and topic, each with its own
     * idempotency key and delivery row, all in one transaction with the audit entry. Refused (false)
     * when the issue was already sent.
     */
    async sendIssue(issueId: string, origin: string, staffId: string): Promise<{ sent: boolean; recipients: number }> {
      return db.kysely.transaction().execute(async (trx) => {
        const issue = await repo.findIssue(issueId, trx);
        if (!issue || issue.sent_at) return { sent: false, recipients: issue?.recipients ?? 0 };
        const ids = await repo.confirmedIdsFor(issue.language, issue.topic, trx);
        if (!(await repo.markIssueSent(issueId, ids.length, now(), trx))) return { sent: false, recipients: issue.recipients };
        for (const subscriberId of ids) {
          await repo.insertDelivery(issueId, subscriberId, trx);
          const payload: DeliveryPayload = { issueId, subscriberId, origin };
          await queue.enqueue({ kind: NEWSLETTER_DELIVERY, payload, idempotencyKey: deliveryKey(issueId, subscriberId) }, trx);
        }
        await audit.record({ userId: staffId, action: "newsletter.issue.send", targetType: "newsletter_issue", targetId: issueId, details: { recipients: ids.length } }, trx);
        return { sent: true, recipients: ids.length };
      });
    },

    /** Where an issue's deliveries stand: from the queue, and sent from the delivery rows. */
    async progress(issueId: string): Promise<{ queued: number; sent: number; skipped: number; failed: number }> {
      const jobs = await queueRepo(db).progress(deliveryPrefix(issueId));
      const sent = await repo.countSent(issueId);
      return { queued: jobs.queued, sent, skipped: Math.max(0, jobs.done - sent), failed: jobs.failed };
    },

    /**
     * The job: checks the delivery row first (sent already: nothing to do), skips a subscriber who has
     * left or changed language or topic, sends, and marks the row sent in the job's completing transaction.
     */
    deliveryHandler(): JobHandler {
      return async (raw) => {
        const p = raw as DeliveryPayload;
        const delivery = await repo.findDelivery(p.issueId, p.subscriberId);
        if (!delivery || delivery.sent_at) return;
        const [issue, sub] = await Promise.all([repo.findIssue(p.issueId), repo.findSubscriber(p.subscriberId)]);
        if (!issue || !sub || !sub.confirmed_at || sub.language !== issue.language || !splitTopics(sub.topics).includes(issue.topic)) return;
        const token = manageToken(sub);
        const items = await itemsOf(issue);
        await mailer.send({
          to: decryptField(fieldKey, sub.email),
          subject: issue.subject,
          text: issueText(issue, items, p.origin, `${p.origin}${managePath(sub.language, token)}`),
          headers: listHeaders(p.origin, token),
        });
        return async (trx) => {
          await repo.markDeliverySent(p.issueId, p.subscriberId, clock().toISOString(), trx);
        };
      };
    },
  };
}

export type NewsletterService = ReturnType<typeof newsletterService>;
