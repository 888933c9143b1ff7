/**
 * Shared helpers for the browser tests (not a test file itself: only *.e2e.ts files are run).
 *
 * Message texts are read from the catalogues at run time, never hard-coded, so the tests keep
 * working while translations change: elements are found by role and by their translated name.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { IntlMessageFormat } from "intl-messageformat";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { LOCALES, axeViolations, type BrowserHarness } from "../support/browser.ts";
import { demoFixedPages, demoNews } from "../../src/demo/content-news.ts";
import { demoPages } from "../../src/demo/content-pages.ts";
import type { DemoItem, DemoTranslation } from "../../src/demo/content-types.ts";

export type Locale = (typeof LOCALES)[number];

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SCREENSHOT_DIR = path.join(ROOT, "screenshots");
export const EXIT_URL = "https://exit.example.org/weather";

// What <html lang> and hreflang must say, and each language's name in itself: the app's own tables.
export { AUTONYM, LANG_TAG } from "../../src/i18n/locales.ts";
import { LANG_TAG } from "../../src/i18n/locales.ts";

/** A browser locale per portal language, so Accept-Language carries a region the portal must ignore. */
export const BROWSER_LOCALE: Record<Locale, string> = { ar: "ar-EG", zh: "zh-CN", en: "en-GB", fr: "fr-FR", ru: "ru-RU", es: "es-MX" };

export type Messages = Record<string, string>;

function readCatalogue(locale: Locale): Messages {
  return JSON.parse(readFileSync(path.join(ROOT, "src/i18n/messages", `${locale}.json`), "utf8")) as Messages;
}

/** The catalogue of one language as the app uses it: its own messages, English where a key is missing. */
export function loadMessages(locale: Locale): Messages {
  const en = readCatalogue("en");
  return locale === "en" ? en : { ...en, ...readCatalogue(locale) };
}

/** All six catalogues, read once per test file. */
export function loadAllMessages(): Record<Locale, Messages> {
  return Object.fromEntries(LOCALES.map((l) => [l, loadMessages(l)])) as Record<Locale, Messages>;
}

/** Formats an ICU message the way the app does. */
export function format(locale: Locale, message: string | undefined, values: Record<string, string | number> = {}): string {
  assert.ok(message !== undefined, "message key missing from the catalogue");
  return String(new IntlMessageFormat(message, LANG_TAG[locale]).format(values));
}

/** A calendar date written the reader's way ("21 August 2026"), in UTC like the app. */
export function longDate(locale: Locale, isoDate: string): string {
  return new Intl.DateTimeFormat(LANG_TAG[locale], { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** The name of a language in another language ("anglais"). */
export function languageName(locale: Locale, of: Locale): string {
  return new Intl.DisplayNames([LANG_TAG[locale]], { type: "language" }).of(LANG_TAG[of]) ?? of;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Exact, whitespace-tolerant match for an accessible name or a text. */
export function exactly(text: string): RegExp {
  return new RegExp(`^\\s*${escapeRegExp(text.trim()).replace(/\s+/g, "\\s+")}\\s*$`);
}

const allDemo: DemoItem[] = [...demoFixedPages, ...demoPages, ...demoNews];

/** The demo content of one item in one language (throws when the demo data lacks it). */
export function demo(slug: string, locale: Locale): DemoTranslation & { item: DemoItem } {
  const item = allDemo.find((i) => i.slug === slug);
  assert.ok(item, `no demo item ${slug}`);
  const tr = item.translations[locale];
  assert.ok(tr, `demo item ${slug} has no ${locale} version`);
  return { ...tr, item };
}

/** A context with short timeouts, so a missing element fails in seconds rather than half a minute. */
export async function newContext(h: BrowserHarness, opts: Parameters<BrowserHarness["newContext"]>[0] = {}): Promise<BrowserContext> {
  const context = await h.newContext(opts);
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  return context;
}

/** Runs axe (WCAG 2.2 AA) on the page and fails with the list of violations, labelled by page. */
export async function assertNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe violations on ${label}`);
}

export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement);
}

/** Collapses runs of ASCII white space (no-break spaces, as in French typography, are kept). */
export function squash(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, " ").replace(/^ | $/g, "");
}

/** Text of an element with runs of white space collapsed. */
export async function textOf(locator: Locator): Promise<string> {
  return squash((await locator.textContent()) ?? "");
}

/** Clicks something that submits a form and returns the response to the navigation it starts. */
export async function submitAndWait(page: Page, button: Locator, method = "POST") {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === method && r.request().isNavigationRequest() && r.request().frame() === page.mainFrame()),
    button.click(),
  ]);
  await page.waitForLoadState("domcontentloaded");
  return response;
}

/** Fills the staff sign-in form on the current page and sends it; answers the form's response. */
export async function fillLogin(page: Page, m: Messages, email: string, password: string) {
  await page.getByLabel(m["login.email"]!, { exact: true }).fill(email);
  await page.getByLabel(m["login.password"]!, { exact: true }).fill(password);
  return submitAndWait(page, page.locator("main").getByRole("button", { name: exactly(m["login.submit"]!) }));
}

// ---------------------------------------------------------------------------------------------
// Shared by the browser stories

const axeChecked = new Set<string>();

/**
 * axe (WCAG 2.0 to 2.2, A and AA) once per language, path, state and width: a page revisited in the
 * same state is not checked again. Private-link tokens and record ids count as one path.
 */
export async function assertNoAxeViolationsOnce(page: Page, label: string, variant = "") {
  const lang = (await page.locator("html").getAttribute("lang")) ?? "";
  const pathname = new URL(page.url()).pathname.replace(/\/mine\/[A-Za-z0-9_-]{43}/, "/mine/TOKEN").replace(/\/[0-9a-f-]{36}$/, "/ID");
  const key = `${lang}|${pathname}|${variant}|${page.viewportSize()?.width ?? 0}`;
  if (axeChecked.has(key)) return;
  assert.deepEqual(await axeViolations(page), [], `axe violations on ${label}`);
  axeChecked.add(key);
}

/** `<html lang dir>` as the language needs (right to left for Arabic). */
export async function assertPageLanguage(page: Page, l: Locale) {
  assert.equal(await page.locator("html").getAttribute("lang"), LANG_TAG[l]);
  assert.equal(await page.locator("html").getAttribute("dir"), l === "ar" ? "rtl" : "ltr");
}

/** The page's one h1 says exactly this. */
export async function assertHeading(page: Page, text: string | undefined) {
  assert.ok(text, "heading text from the catalogue");
  assert.equal(await textOf(page.getByRole("heading", { level: 1 })), squash(text));
}
