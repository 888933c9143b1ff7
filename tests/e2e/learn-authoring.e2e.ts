import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { startBrowserHarness, type BrowserHarness } from "../support/browser.ts";
import { seedDemoVideos } from "../../src/demo/seed.ts";
import { DEMO_EPISODE } from "../../src/demo/videos-demo.ts";
import { buildStaff } from "../support/factories.ts";
import { assertHeading, assertNoAxeViolationsOnce, assertPageLanguage, exactly, fillLogin, format, languageName, loadAllMessages, newContext, submitAndWait } from "./helpers.ts";

/**
 * Course authoring as a story: a staff member builds a small course from nothing in English (a module, a
 * lesson with an episode and a PDF, a quiz with a multiple-choice question), adds French texts, previews
 * and publishes; a reader reads it in French and Arabic, sees the player with a captions track (nothing
 * is played), downloads the file and takes the quiz. axe runs on every page.
 */

let h: BrowserHarness;
const TIMEOUT = 180_000;
const messages = loadAllMessages();
const m = messages.en;
const fr = messages.fr;
const SLUG = "first-steps";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");

before(async () => {
  h = await startBrowserHarness();
  await seedDemoVideos(h.t.db, h.t.app.services.storage);
});
after(async () => {
  await h?.close();
});

async function save(page: Page, label = m["admin.learn.save"]!) {
  await submitAndWait(page, page.locator("main").getByRole("button", { name: exactly(label) }).first());
}

async function fillQuiz(page: Page, lang: "en" | "fr") {
  await page.getByLabel(m["admin.learn.field.prompt"]!, { exact: true }).fill(lang === "en" ? "Which of these can help after an attack?" : "Qu'est-ce qui peut aider après un attentat ?");
  const answers = lang === "en" ? ["Talking to someone you trust", "A support association", "Keeping everything to yourself"] : ["Parler à une personne de confiance", "Une association d'aide", "Tout garder pour soi"];
  for (const [i, text] of answers.entries()) {
    await page.getByRole("textbox", { name: format("en", m["admin.learn.field.answer"], { number: i + 1 }), exact: true }).fill(text);
    await page.getByRole("textbox", { name: format("en", m["admin.learn.field.feedback"], { number: i + 1 }), exact: true }).fill(lang === "en" ? `Feedback ${i + 1}` : `Commentaire ${i + 1}`);
  }
}

test("staff build a course from nothing, add French, preview and publish; readers read it in French and Arabic", { timeout: TIMEOUT }, async () => {
  const staff = await buildStaff(h.t, { roles: ["editor"] });
  const context = await newContext(h, { locale: "en" });
  const page = await context.newPage();
  await page.goto(`${h.baseUrl}/en/admin/login`);
  await fillLogin(page, m, staff.email, staff.password);
  await page.goto(`${h.baseUrl}/en/admin/learn`);
  await page.getByRole("link", { name: exactly(m["admin.learn.newCourse"]!) }).click();
  await assertHeading(page, m["admin.learn.newCourse"]);
  await assertNoAxeViolationsOnce(page, "new course");

  // A mistake first: the errors are listed, the answers kept.
  await page.getByLabel(m["admin.learn.field.slug"]!, { exact: true }).fill("First Steps");
  await page.getByLabel(m["admin.learn.field.title"]!, { exact: true }).fill("First steps after an attack");
  await save(page, m["admin.learn.newCourse"]);
  await page.getByRole("link", { name: m["admin.learn.error.slug"] }).waitFor();
  await assertNoAxeViolationsOnce(page, "new course with errors", "errors");
  assert.equal(await page.getByLabel(m["admin.learn.field.title"]!, { exact: true }).inputValue(), "First steps after an attack");
  await page.getByLabel(m["admin.learn.field.slug"]!, { exact: true }).fill(SLUG);
  await page.getByLabel(m["learn.track.victims"]!, { exact: true }).check();
  await page.getByLabel(m["admin.learn.field.minutes"]!, { exact: true }).fill("15");
  await page.getByLabel(m["admin.learn.field.summary"]!, { exact: true }).fill("What can help in the first days.");
  await save(page, m["admin.learn.newCourse"]);
  await page.getByText(m["admin.learn.created"]!).waitFor();
  await assertHeading(page, "First steps after an attack");
  await assertNoAxeViolationsOnce(page, "admin course");
  const courseUrl = page.url();

  await page.getByLabel(format("en", m["admin.learn.moduleTitleIn"], { language: "English" })).fill("The first days");
  await save(page, m["admin.learn.addModule"]);
  await page.getByText(m["admin.learn.moduleAdded"]!).waitFor();
  await page.getByRole("link", { name: format("en", m["admin.learn.addLesson"], { number: 1 }) }).click();
  await assertNoAxeViolationsOnce(page, "new lesson");
  await page.getByLabel(m["admin.learn.field.slug"]!, { exact: true }).fill("where-to-turn");
  await page.getByLabel(m["admin.learn.field.title"]!, { exact: true }).fill("Where to turn");
  await page.getByLabel(m["admin.learn.field.body"]!, { exact: true }).fill("You do not have to do this **alone**.");
  await save(page);
  await page.getByText(m["admin.learn.lessonAdded"]!).waitFor();
  await assertNoAxeViolationsOnce(page, "admin lesson");
  const lessonUrl = page.url().replace(/\?.*$/, "");
  await page.getByLabel(m["admin.learn.field.video"]!, { exact: true }).selectOption({ label: DEMO_EPISODE.texts.en.title });
  await save(page);
  await page.getByText(m["admin.learn.saved"]!).waitFor();
  await page.getByLabel(m["admin.learn.material.file"]!, { exact: true }).setInputFiles({ name: "where-to-turn.pdf", mimeType: "application/pdf", buffer: PDF });
  await save(page, m["admin.learn.material.upload"]);
  await page.getByText(m["admin.learn.material.uploaded"]!).waitFor();
  await page.getByText("where-to-turn-en.pdf").waitFor();
  await assertNoAxeViolationsOnce(page, "admin lesson with file", "file");

  await page.goto(courseUrl);
  await submitAndWait(page, page.getByRole("button", { name: format("en", m["admin.learn.addQuiz"], { number: 1 }) }));
  await page.getByText(m["admin.learn.quizAdded"]!).waitFor();
  await submitAndWait(page, page.getByRole("button", { name: format("en", m["admin.learn.addAnswer"], { number: 1 }) }));
  await page.getByLabel(m["admin.learn.kind.multiple"]!, { exact: true }).check();
  await page.getByRole("checkbox", { name: format("en", m["admin.learn.field.answer"], { number: 1 }), exact: true }).check();
  await page.getByRole("checkbox", { name: format("en", m["admin.learn.field.answer"], { number: 2 }), exact: true }).check();
  await fillQuiz(page, "en");
  await save(page);
  await page.getByText(m["admin.learn.saved"]!).waitFor();
  await assertNoAxeViolationsOnce(page, "admin quiz");
  await page.screenshot({ path: "/tmp/learn-authoring-admin-quiz.png", fullPage: true });
  const quizUrl = page.url().replace(/\?.*$/, "");

  // French: the course, the module, the lesson and the quiz.
  await page.goto(`${courseUrl.replace(/\?.*$/, "")}?in=fr`);
  await page.getByLabel(m["admin.learn.field.title"]!, { exact: true }).fill("Premiers pas après un attentat");
  await page.getByLabel(m["admin.learn.field.summary"]!, { exact: true }).fill("Ce qui peut aider les premiers jours.");
  await save(page);
  await page.getByText(m["admin.learn.saved"]!).waitFor();
  await page.getByRole("link", { name: new RegExp(`^${m["admin.learn.editTitle"]}`) }).click();
  await assertNoAxeViolationsOnce(page, "admin module");
  await page.getByLabel(m["admin.learn.field.title"]!, { exact: true }).fill("Les premiers jours");
  await save(page);
  await page.goto(`${lessonUrl}?in=fr`);
  await page.getByLabel(m["admin.learn.field.title"]!, { exact: true }).fill("Vers qui se tourner");
  await page.getByLabel(m["admin.learn.field.body"]!, { exact: true }).fill("Vous n'avez pas à faire cela **seul**.");
  await save(page);
  await page.getByText(m["admin.learn.saved"]!).waitFor();
  await page.getByRole("link", { name: m["admin.learn.preview"] }).click();
  await assertHeading(page, "Vers qui se tourner");
  await assertNoAxeViolationsOnce(page, "lesson preview in French");
  await page.locator("video track[kind=captions]").first().waitFor({ state: "attached" });
  await page.goto(`${quizUrl}?in=fr`);
  await fillQuiz(page, "fr");
  await save(page);
  await page.getByText(m["admin.learn.saved"]!).waitFor();
  await page.getByRole("link", { name: m["admin.learn.preview"] }).click();
  await assertNoAxeViolationsOnce(page, "quiz preview in French");

  await page.goto(courseUrl);
  await page.screenshot({ path: "/tmp/learn-authoring-admin-course.png", fullPage: true });
  await submitAndWait(page, page.getByRole("button", { name: exactly(m["admin.learn.publish"]!) }));
  await page.getByText(m["admin.learn.published"]!).waitFor();
  await context.close();

  for (const l of ["fr", "ar"] as const) {
    const reader = await newContext(h, { locale: l });
    const p = await reader.newPage();
    const lm = messages[l];
    await p.goto(`${h.baseUrl}/${l}/learn/courses/${SLUG}/lessons/where-to-turn`);
    await assertPageLanguage(p, l);
    await assertHeading(p, l === "fr" ? "Vers qui se tourner" : "Where to turn");
    await assertNoAxeViolationsOnce(p, `${l} lesson`);
    const track = p.locator("video#lesson-player track[kind=captions][default]");
    assert.equal(await track.getAttribute("srclang"), l === "fr" ? "fr" : "ar", "the reader's captions are selected");
    assert.ok(await p.locator("video#lesson-player").getAttribute("poster"));
    assert.equal(await p.locator("video#lesson-player").evaluate((v: HTMLVideoElement) => v.paused), true, "nothing plays");
    await p.getByRole("link", { name: lm["learn.lesson.videoPage"] }).waitFor();
    const download = p.getByRole("link", { name: "where-to-turn-en.pdf" });
    await p.getByText(format(l, lm["learn.lesson.fileIn"], { language: languageName(l, "en") })).waitFor();
    const res = await reader.request.get(`${h.baseUrl}${await download.getAttribute("href")}`);
    assert.equal(res.status(), 200);
    assert.equal(res.headers()["content-type"], "application/pdf");

    await p.goto(`${h.baseUrl}/${l}/learn/courses/${SLUG}/quiz/1`);
    await assertNoAxeViolationsOnce(p, `${l} quiz`);
    const answers = l === "fr" ? ["Parler à une personne de confiance", "Une association d'aide"] : ["Talking to someone you trust", "A support association"];
    for (const a of answers) await p.getByLabel(a, { exact: true }).check();
    await submitAndWait(p, p.getByRole("button", { name: lm["learn.quiz.submit"] }));
    await p.getByRole("status").filter({ hasText: format(l, lm["learn.quiz.score"], { score: 1, total: 1 }) }).waitFor();
    await assertNoAxeViolationsOnce(p, `${l} quiz result`, "result");
    if (l === "ar") {
      await p.setViewportSize({ width: 390, height: 900 });
      await p.goto(`${h.baseUrl}/ar/learn/courses/${SLUG}/lessons/where-to-turn`);
      assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), "no sideways scroll on a phone");
      await assertNoAxeViolationsOnce(p, "ar lesson phone");
      await p.screenshot({ path: "/tmp/learn-authoring-ar-lesson-phone.png", fullPage: true });
    }
    await reader.close();
  }
  assert.ok(fr);
});
