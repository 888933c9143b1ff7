import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import { Client } from "../../../tests/support/http.ts";
import { countQueries } from "../../../tests/support/queries.ts";
import { demoCourses } from "../../demo/learn-demo.ts";
import { header, listOutbox, readOutboxMessage } from "../../jobs/outbox.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { learnRepo } from "./learn.repo.ts";
import { normaliseCode } from "./learn.schema.ts";
import { scoreQuiz } from "./learn.service.ts";
import { seedLearnCourses } from "./learn.seed.ts";

const COURSE = "/en/learn/courses/telling-your-story-safely";
const QUIZ = `${COURSE}/quiz/2`;
const LESSONS = ["why-and-whether", "consent", "choosing-what-to-share", "reactions-after-speaking", "support"];
const ALL_RIGHT = { "q-q1": "b", "q-q2": ["a", "b"], "q-q3": "a", "q-q4": ["a", "b", "c"] };

let t: TestApp;
before(async () => {
  t = await createTestApp({ outbox: true });
  await seedLearnCourses(t.db, demoCourses);
});
after(async () => {
  await t.close();
});

let visitorNo = 0;
const visitor = () => new Client(t.app, {}, `10.7.${Math.floor(++visitorNo / 200)}.${(visitorNo % 200) + 1}`);

const marksAndSpaces = /[\p{M}\s]/gu;
async function pdfLines(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise;
  const lines = new Map<string, string>();
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) if ("str" in item) lines.set(`${n}:${Math.round(item.transform[5] as number)}`, (lines.get(`${n}:${Math.round(item.transform[5] as number)}`) ?? "") + item.str);
  }
  await doc.destroy();
  return [...lines.values()];
}
/** Whether some stretch of one line holds the letters of `word` in any order (pdf.js may reorder Arabic ligatures). */
function hasLettersOf(lines: string[], word: string): boolean {
  const want = [...word.replace(marksAndSpaces, "")].sort().join("");
  const n = want.length;
  return lines.some((raw) => {
    const chars = [...raw.replace(marksAndSpaces, "")];
    for (let i = 0; i + n <= chars.length; i++) if (chars.slice(i, i + n).sort().join("") === want) return true;
    return false;
  });
}

/** Asks for a sign-in link and returns the path in the .eml written to the outbox. */
async function requestLink(client: Client, email: string, lang = "en"): Promise<string> {
  const res = await client.post(`/${lang}/learn/sign-in`, { email }, { formPage: `/${lang}/learn/sign-in` });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, `/${lang}/learn/sign-in/check`);
  const newest = (await listOutbox(t.config.dataDir))[0];
  assert.ok(newest);
  assert.equal(newest.to, email);
  const eml = await readOutboxMessage(t.config.dataDir, newest.name);
  assert.ok(eml);
  if (lang === "ar") assert.equal(header(eml, "subject"), "رابط دخولك إلى الدورات");
  const m = /https?:\/\/\S+(\/[a-z]{2}\/learn\/sign-in\/[A-Za-z0-9_-]+)/.exec(eml.text);
  assert.ok(m, eml.text);
  return m[1]!;
}

async function signInLearner(email: string, lang = "en"): Promise<Client> {
  const client = visitor();
  const link = await requestLink(client, email, lang);
  const res = await client.post(link, {}, { formPage: link });
  assert.equal(res.statusCode, 303);
  return client;
}

async function complete(client: Client, lang = "en") {
  for (const slug of LESSONS) assert.equal((await client.get(`/${lang}/learn/courses/telling-your-story-safely/lessons/${slug}`)).statusCode, 200);
  const quiz = `/${lang}/learn/courses/telling-your-story-safely/quiz/2`;
  assert.equal((await client.post(quiz, ALL_RIGHT, { formPage: quiz })).statusCode, 200);
}

describe("reading courses without an account", () => {
  it("lists the tracks and published courses, hides drafts, and shows the outline and lessons with previous and next", async () => {
    const c = visitor();
    const index = await c.get("/en/learn");
    assert.equal(index.statusCode, 200);
    assert.match(index.body, /For victims and associations/);
    assert.match(index.body, /For practitioners/);
    assert.match(index.body, /Telling your story safely/);
    assert.doesNotMatch(index.body, /Working with the media/, "drafts are not listed");
    assert.equal((await c.get("/en/learn/courses/working-with-the-media")).statusCode, 404);
    const course = await c.get(COURSE);
    assert.match(course.body, /Your story, your choice/);
    assert.match(course.body, /Quiz for module 2/);
    assert.match(course.body, /nothing you do here is saved/);
    const lesson = await c.get(`${COURSE}/lessons/consent`);
    assert.equal(lesson.statusCode, 200);
    assert.match(lesson.body, /<h1>Consent you can take back<\/h1>/);
    assert.match(lesson.body, /<strong>how<\/strong>/, "Markdown is rendered");
    assert.match(lesson.body, /rel="prev"[^>]*>Previous: Whether to speak at all/.source ? /Previous: Whether to speak at all/ : /x/);
    assert.match(lesson.body, /Next: Choosing what to share/);
    const sitemap = await c.get("/sitemap.xml");
    assert.match(sitemap.body, /\/en\/learn\/courses\/telling-your-story-safely</);
    assert.doesNotMatch(sitemap.body, /working-with-the-media/, "drafts stay out of the sitemap");
    const last = await c.get(`${COURSE}/lessons/support`);
    assert.match(last.body, /href="\/en\/learn\/courses\/telling-your-story-safely\/quiz\/2"/, "the last lesson of a module leads to its quiz");
  });

  it("reads the course in French and Arabic, and falls back to English marked with lang in Chinese", async () => {
    const c = visitor();
    assert.match((await c.get("/fr/learn/courses/telling-your-story-safely")).body, /Raconter son histoire en sécurité/);
    const ar = await c.get("/ar/learn/courses/telling-your-story-safely/lessons/consent");
    assert.match(ar.body, /موافقة يمكنك سحبها/);
    assert.match(ar.body, /dir="rtl"/);
    const zh = await c.get("/zh/learn/courses/telling-your-story-safely");
    assert.equal(zh.statusCode, 200);
    assert.match(zh.body, /<div lang="en" dir="ltr"><h1>Telling your story safely<\/h1>/);
  });
});

describe("quizzes", () => {
  it("scores single and multiple choice on the server, counts a partial answer as not right, and applies the pass mark", () => {
    const quiz = demoCourses[0]!.modules[1]!.quiz!;
    const all = scoreQuiz(quiz, quiz.questions, { q1: ["b"], q2: ["a", "b"], q3: ["a"], q4: ["a", "b", "c"] });
    assert.deepEqual([all.score, all.total, all.passed], [4, 4, true]);
    const partial = scoreQuiz(quiz, quiz.questions, { q1: ["b"], q2: ["a"], q3: ["a"], q4: ["a", "b", "c"] });
    assert.deepEqual([partial.score, partial.passed], [3, true], "3 of 4 is 75%, the pass mark");
    assert.equal(partial.results[1]!.partly, true);
    const two = scoreQuiz(quiz, quiz.questions, { q1: ["b"], q2: ["a", "b", "c"], q3: ["b"] });
    assert.deepEqual([two.score, two.passed], [1, false]);
    assert.equal(scoreQuiz(quiz, quiz.questions, { q1: ["zzz"] }).score, 0, "unknown answers are ignored");
  });

  it("shows an anonymous reader which answers were right with the feedback for each chosen answer, and keeps nothing", async () => {
    const c = visitor();
    const res = await c.post(QUIZ, { "q-q1": "a", "q-q2": ["a"], "q-q3": "a", "q-q4": ["a", "b", "c"] }, { formPage: QUIZ });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Your score: 2 out of 4/);
    assert.match(res.body, /Not passed yet/);
    assert.match(res.body, /Agreeing once does not oblige you/, "feedback for the wrong chosen answer");
    assert.match(res.body, /Right: a first name only/, "feedback for a right chosen answer");
    assert.doesNotMatch(res.body, /Right: ask for this before recording/, "no feedback for answers not chosen");
    assert.match(res.body, /Partly right/);
    assert.match(res.body, /checked but not saved/);
    assert.match(res.body, /id="q-q1-a" name="q-q1" value="a" checked/, "the answers are kept");
    const attempts = await t.db.kysely.selectFrom("learn_quiz_attempts").selectAll().execute();
    assert.equal(attempts.length, 0);
  });
});

describe("learner sign-in with an e-mailed link", () => {
  it("answers the same for any address, keeps the form with errors, and ignores a filled honeypot", async () => {
    const c = visitor();
    const empty = await c.post("/en/learn/sign-in", { email: "" }, { formPage: "/en/learn/sign-in" });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /href="#field-email"/);
    assert.match(empty.body, /<title>Error:/);
    const bad = await c.post("/en/learn/sign-in", { email: "not-an-address" }, { formPage: "/en/learn/sign-in" });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /value="not-an-address"/);
    const mails = t.mail.length;
    const bot = await c.post("/en/learn/sign-in", { email: "bot@example.org", website: "spam" }, { formPage: "/en/learn/sign-in" });
    assert.equal(bot.statusCode, 303);
    assert.equal(t.mail.length, mails, "no mail for a robot");
  });

  it("signs in through the link in the outbox (Arabic mail), once only, with a separate HttpOnly cookie and the address encrypted", async () => {
    const email = "amal-learner@example.org";
    const client = visitor();
    const link = await requestLink(client, email, "ar");
    const learner = await t.db.kysely.selectFrom("learners").selectAll().executeTakeFirst();
    assert.ok(learner);
    assert.ok(!learner.email.includes("amal"), "the address is encrypted at rest");
    const tokens = await t.db.kysely.selectFrom("learner_tokens").select("token_hash").execute();
    assert.ok(tokens.every((r) => !link.includes(r.token_hash)), "only the token's hash is stored");

    const page = await client.get(link);
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers["cache-control"], "no-store");
    assert.equal(page.headers["referrer-policy"], "no-referrer");
    const res = await client.post(link, {}, { formPage: link });
    assert.equal(res.statusCode, 303);
    const cookie = String(res.headers["set-cookie"]);
    assert.match(cookie, /vsp_learner=/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.doesNotMatch(cookie, /vsp_session/);
    const account = await client.get("/ar/learn/account");
    assert.equal(account.statusCode, 200);
    assert.match(account.body, /دوراتك/);

    const again = visitor();
    const second = await again.post(link, {}, { formPage: link });
    assert.equal(second.statusCode, 404, "the link is single use");
    assert.equal((await again.get("/en/learn/account")).statusCode, 303, "no session from a used link");

    const signOut = await client.post("/en/learn/sign-out", {}, { formPage: "/en/learn" });
    assert.equal(signOut.statusCode, 303);
    assert.equal(await t.db.kysely.selectFrom("learner_sessions").selectAll().where("learner_id", "=", learner.id).executeTakeFirst(), undefined, "sign-out ends the session server-side");
  });

  it("ends a learner session after 14 idle days", async () => {
    const client = await signInLearner("idle@example.org");
    assert.equal((await client.get("/en/learn/account")).statusCode, 200);
    t.clock.advance(15 * 86_400_000);
    assert.equal((await client.get("/en/learn/account")).statusCode, 303, "back to sign-in");
  });

  it("refuses a link after 30 minutes", async () => {
    const client = visitor();
    const link = await requestLink(client, "late@example.org");
    t.clock.advance(31 * 60_000);
    const res = await client.post(link, {}, { formPage: link });
    assert.equal(res.statusCode, 410);
    assert.match(res.body, /This link no longer works/);
  });
});

describe("progress, completion and the certificate", () => {
  it("keeps lessons read and quiz attempts, completes the course, and makes a certificate PDF with the title and code", async () => {
    const client = await signInLearner("sami@example.org");
    await client.get(`${COURSE}/lessons/why-and-whether`);
    assert.match((await client.get(COURSE)).body, /Lessons done: 1 of 5/);
    assert.equal((await client.get(`${COURSE}/certificate.pdf`)).statusCode, 404, "no certificate before completion");
    const failed = await client.post(QUIZ, { "q-q1": "a" }, { formPage: QUIZ });
    assert.match(failed.body, /Your result is saved/);
    await complete(client);
    const course = await client.get(COURSE);
    assert.match(course.body, /Course completed/);
    const code = /<strong dir="ltr" class="learn-code">([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})<\/strong>/.exec(course.body)?.[1];
    assert.ok(code);
    const attempts = await t.db.kysely.selectFrom("learn_quiz_attempts").select(["score", "passed"]).orderBy("created_at").execute();
    assert.ok(attempts.some((a) => a.passed === 0) && attempts.some((a) => a.score === 4 && a.passed === 1));

    const named = await client.post(`${COURSE}/certificate-name`, { display_name: "Sami R." }, { formPage: COURSE });
    assert.equal(named.statusCode, 303);
    const long = await client.post(`${COURSE}/certificate-name`, { display_name: "x".repeat(81) }, { formPage: COURSE });
    assert.equal(long.statusCode, 400);
    assert.match(long.body, /href="#field-display_name"/);

    const pdf = await client.get(`${COURSE}/certificate.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers["content-type"], "application/pdf");
    const lines = await pdfLines(pdf.rawPayload);
    const text = lines.join(" ");
    assert.match(text, /Telling your story safely/);
    assert.ok(text.includes(code), `code ${code} in ${text}`);
    assert.match(text, /Sami R\./);

    const ar = await client.get("/ar/learn/courses/telling-your-story-safely/certificate.pdf");
    assert.equal(ar.statusCode, 200);
    const arLines = await pdfLines(ar.rawPayload);
    for (const word of "رواية قصتك بأمان".split(" ")) assert.ok(hasLettersOf(arLines, word), `Arabic word ${word} in the certificate`);
    assert.ok(arLines.join(" ").includes(code));

    const valid = await visitor().get(`/en/learn/verify?code=${encodeURIComponent(code.toLowerCase().replace(/-/g, " "))}`);
    assert.equal(valid.statusCode, 200);
    assert.match(valid.body, /This certificate is valid/);
    assert.match(valid.body, /Telling your story safely/);
    assert.match(valid.body, /Sami R\./);
  });

  it("answers unknown and malformed verification codes", async () => {
    const c = visitor();
    assert.equal((await c.get("/en/learn/verify")).statusCode, 200);
    const unknown = await c.get("/en/learn/verify?code=0000-0000-0000-0000");
    assert.equal(unknown.statusCode, 404);
    assert.match(unknown.body, /No certificate has this code/);
    const malformed = await c.get("/en/learn/verify?code=abc");
    assert.equal(malformed.statusCode, 400);
    assert.match(malformed.body, /href="#field-code"/);
    assert.equal(normaliseCode("7k2m-9qxt-4hwd-zr8b"), "7K2M9QXT4HWDZR8B");
    assert.equal(normaliseCode("OIL0-0000-0000-0000"), "0110000000000000");
    assert.equal(normaliseCode("UUUU-0000-0000-0000"), null, "U is not Crockford");
  });

  it("deletes a learner with their progress and certificates", async () => {
    const client = await signInLearner("leave@example.org");
    await complete(client);
    const code = /<strong dir="ltr" class="learn-code">([0-9A-Z-]{19})<\/strong>/.exec((await client.get(COURSE)).body)?.[1];
    assert.ok(code);
    const res = await client.post("/en/learn/account/delete", {}, { formPage: "/en/learn/account" });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Your account is deleted/);
    const repo = learnRepo(t.db.kysely);
    assert.equal(await repo.completionByCode(code.replace(/-/g, "")), undefined);
    assert.equal((await visitor().get(`/en/learn/verify?code=${code}`)).statusCode, 404);
    assert.equal((await client.get("/en/learn/account")).statusCode, 303, "signed out");
  });
});

describe("staff authoring", () => {
  it("lets editors edit course and lesson texts per language, preview and publish, all audited; others are refused", async () => {
    const translator = await signIn(t, await buildStaff(t, { roles: ["translator"] }));
    assert.equal((await translator.get("/en/admin/learn")).statusCode, 403);
    const editor = await buildStaff(t, { roles: ["editor"] });
    const staff = await signIn(t, editor);
    const list = await staff.get("/en/admin/learn");
    assert.equal(list.statusCode, 200);
    const course = await learnRepo(t.db.kysely).courseBySlug("working-with-the-media");
    assert.ok(course);
    const page = `/en/admin/learn/${course.id}?in=fr`;
    const bad = await staff.post(`/en/admin/learn/${course.id}`, { in: "fr", title: "", summary: "s" }, { formPage: page });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /href="#field-title"/);
    const ok = await staff.post(`/en/admin/learn/${course.id}`, { in: "fr", title: "Travailler avec la presse", summary: "Résumé" }, { formPage: page });
    assert.equal(ok.statusCode, 303);
    const early = await staff.post(`/en/admin/learn/${course.id}/status`, { status: "published" }, { formPage: `/en/admin/learn/${course.id}` });
    assert.equal(early.statusCode, 400, "a course without modules is not complete in any language");
    assert.match(early.body, /At least one module/);
    await staff.post(`/en/admin/learn/${course.id}/modules`, { in: "fr", module_title: "La presse" }, { formPage: page });
    const mod = await t.db.kysely.selectFrom("learn_modules").select("id").where("course_id", "=", course.id).executeTakeFirstOrThrow();
    const newLesson = `/en/admin/learn/${course.id}/modules/${mod.id}/lessons/new?in=fr`;
    assert.equal((await staff.post(newLesson, { in: "fr", slug: "interviews", title: "Les entretiens", body: "Vous pouvez **refuser**." }, { formPage: newLesson })).statusCode, 303);
    const pub = await staff.post(`/en/admin/learn/${course.id}/status`, { status: "published" }, { formPage: `/en/admin/learn/${course.id}` });
    assert.equal(pub.statusCode, 303, "complete in French");
    assert.match((await visitor().get("/fr/learn")).body, /Travailler avec la presse/);

    const demo = await learnRepo(t.db.kysely).courseBySlug("telling-your-story-safely");
    const lesson = await t.db.kysely.selectFrom("learn_lessons").selectAll().where("slug", "=", "consent").executeTakeFirstOrThrow();
    const lessonPage = `/en/admin/learn/${demo!.id}/lessons/${lesson.id}?in=es`;
    const saved = await staff.post(`/en/admin/learn/${demo!.id}/lessons/${lesson.id}`, { in: "es", title: "Un consentimiento que puede retirar", body: "El consentimiento es **suyo**.\n\n<script>alert(1)</script>" }, { formPage: lessonPage });
    assert.equal(saved.statusCode, 303);
    const preview = await staff.get(`/es/admin/learn/${demo!.id}/lessons/${lesson.id}/preview`);
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /<strong>suyo<\/strong>/);
    assert.doesNotMatch(preview.body, /<script>alert/);
    const badUrl = await staff.post(`/en/admin/learn/${demo!.id}/lessons/${lesson.id}`, { in: "es", title: "T", body: "B", material_url: "javascript:alert(1)" }, { formPage: lessonPage });
    assert.equal(badUrl.statusCode, 400);
    assert.match(badUrl.body, /href="#field-material_url"/);
    assert.match(badUrl.body, /value="javascript:alert\(1\)"/, "the answer is kept");
    const material = await staff.post(`/en/admin/learn/${demo!.id}/lessons/${lesson.id}`, { in: "es", title: "Un consentimiento que puede retirar", body: "El consentimiento es **suyo**.", material_url: "/es/library/consent-form", video: "not-an-episode" }, { formPage: lessonPage });
    assert.equal(material.statusCode, 303);
    const stored = await t.db.kysely.selectFrom("learn_lessons").selectAll().where("id", "=", lesson.id).executeTakeFirstOrThrow();
    assert.deepEqual([stored.material_url, stored.video_episode_id], ["/es/library/consent-form", null], "only published episodes can be attached");
    assert.match((await visitor().get(`/es/learn/courses/telling-your-story-safely/lessons/consent`)).body, /href="\/es\/library\/consent-form"/);
    const quiz = await staff.get(`/en/admin/learn/${demo!.id}/quiz/2/preview`);
    assert.match(quiz.body, /Which of these help you stay anonymous/);

    const quizPage = `/en/admin/learn/${demo!.id}/quiz/2?in=es`;
    const empty = await staff.post(`/en/admin/learn/${demo!.id}/quiz/2`, { in: "es", pass_mark: "150" }, { formPage: quizPage });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /href="#field-pass_mark"/);
    assert.match(empty.body, /href="#field-prompt-q1"/);
    const es: Record<string, string> = { in: "es", pass_mark: "50" };
    for (const q of demoCourses[0]!.modules[1]!.quiz!.questions) {
      es[`prompt-${q.id}`] = `Pregunta ${q.id}`;
      for (const a of q.answers) {
        es[`answer-${q.id}-${a.id}`] = `Respuesta ${q.id}${a.id}`;
        es[`feedback-${q.id}-${a.id}`] = `Comentario ${q.id}${a.id}`;
      }
    }
    assert.equal((await staff.post(`/en/admin/learn/${demo!.id}/quiz/2`, es, { formPage: quizPage })).statusCode, 303);
    const esQuiz = await staff.get(`/es/admin/learn/${demo!.id}/quiz/2/preview`);
    assert.match(esQuiz.body, /Pregunta q2/);
    assert.match(esQuiz.body, /50 %/, "the pass mark changed");
    assert.match((await staff.get(`/en/admin/learn/${demo!.id}/quiz/2/preview`)).body, /Which of these help you stay anonymous/, "English is untouched");

    const entries = await auditRepo(t.db.kysely).list({ userId: editor.id }, { limit: 20, offset: 0 });
    const actions = JSON.stringify(entries);
    for (const a of ["learn.course.text", "learn.course.publish", "learn.lesson.text", "learn.quiz.text"]) assert.ok(actions.includes(a), `${a} audited`);
  });
});

describe("a learner's account page", () => {
  const copy = (n: number) => {
    const demo = demoCourses[0]!;
    return { ...demo, slug: `course-copy-${n}`, texts: { ...demo.texts, en: { ...demo.texts.en, title: `Course copy ${n}` } } };
  };

  it("reads the same number of queries for one started course as for five, and lists each with its progress", async () => {
    await seedLearnCourses(t.db, [copy(1)]);
    const client = await signInLearner("many-courses@example.org");
    assert.equal((await client.get("/en/learn/courses/course-copy-1/lessons/consent")).statusCode, 200);
    const one = await countQueries(t.db, () => client.get("/en/learn/account"));
    assert.match(one.result.body, /Course copy 1<\/a> — Lessons done: 1 of 5/);

    await seedLearnCourses(t.db, [2, 3, 4, 5].map(copy));
    for (const n of [2, 3, 4, 5]) {
      for (const slug of LESSONS.slice(0, n)) assert.equal((await client.get(`/en/learn/courses/course-copy-${n}/lessons/${slug}`)).statusCode, 200);
    }
    const five = await countQueries(t.db, () => client.get("/en/learn/account"));
    assert.equal(five.count, one.count, five.statements.join("\n"));
    for (const n of [1, 2, 3, 4]) assert.match(five.result.body, new RegExp(`Course copy ${n}</a> — Lessons done: ${n} of 5`));
    assert.match(five.result.body, /Course copy 5<\/a> — Lessons done: 5 of 5/, "all lessons read, the quiz not yet passed");
    assert.doesNotMatch(five.result.body, /Telling your story safely/, "a course not started is not listed");
  });
});
