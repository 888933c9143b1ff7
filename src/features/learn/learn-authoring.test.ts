import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestApp, type TestApp } from "../../../tests/support/app.ts";
import { buildStaff, signIn } from "../../../tests/support/factories.ts";
import { Client } from "../../../tests/support/http.ts";
import { seedDemoVideos } from "../../demo/seed.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { learnRepo } from "./learn.repo.ts";
import type { QuizQuestion } from "./learn.schema.ts";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");

let t: TestApp;
let staff: Client;
let editorId: string;
before(async () => {
  t = await createTestApp();
  const editor = await buildStaff(t, { roles: ["editor"] });
  editorId = editor.id;
  staff = await signIn(t, editor);
});
after(async () => {
  await t.close();
});

const visitor = () => new Client(t.app, {}, "10.9.0.1");
const repo = () => learnRepo(t.db.kysely);
const A = "/en/admin/learn";

async function createCourse(slug: string, extra: Record<string, string> = {}): Promise<string> {
  const res = await staff.post(`${A}/new`, { in: "en", slug, track: "victims", minutes: "20", title: `Course ${slug}`, summary: "A summary", ...extra }, { formPage: `${A}/new` });
  assert.equal(res.statusCode, 303, res.body.slice(0, 400));
  return (await repo().courseBySlug(slug))!.id;
}
async function addModule(courseId: string, title: string, locale = "en"): Promise<string> {
  const res = await staff.post(`${A}/${courseId}/modules`, { in: locale, module_title: title }, { formPage: `${A}/${courseId}?in=${locale}` });
  assert.equal(res.statusCode, 303);
  const mods = await repo().modules(courseId);
  return mods.at(-1)!.id;
}
async function addLesson(courseId: string, moduleId: string, slug: string, title = `Lesson ${slug}`): Promise<string> {
  const page = `${A}/${courseId}/modules/${moduleId}/lessons/new?in=en`;
  const res = await staff.post(page, { in: "en", slug, title, body: `Text of **${slug}**.` }, { formPage: page });
  assert.equal(res.statusCode, 303, res.body.slice(0, 400));
  return (await repo().lessons([moduleId])).find((l) => l.slug === slug)!.id;
}
async function questions(moduleId: string): Promise<QuizQuestion[]> {
  const q = (await repo().quizzes([moduleId]))[0]!;
  return JSON.parse(q.questions) as QuizQuestion[];
}
/** The quiz form's fields in one language, with kinds and right answers as given. */
function quizForm(qs: QuizQuestion[], locale: string, right: Record<string, string[]>, kinds: Record<string, string> = {}): Record<string, string | string[]> {
  const f: Record<string, string | string[]> = { in: locale, pass_mark: "100", structure: "1" };
  qs.forEach((q, i) => {
    f[`prompt-${q.id}`] = `Question ${i + 1} ${locale}`;
    f[`kind-${q.id}`] = kinds[q.id] ?? q.kind;
    f[`right-${q.id}`] = right[q.id] ?? [];
    q.answers.forEach((a, j) => {
      f[`answer-${q.id}-${a.id}`] = `Answer ${j + 1} ${locale}`;
      f[`feedback-${q.id}-${a.id}`] = `Feedback ${j + 1} ${locale}`;
    });
  });
  return f;
}

describe("who may author courses", () => {
  it("refuses staff without learn.manage (a translator) every authoring action", async () => {
    const id = await createCourse("guarded");
    const mod = await addModule(id, "Module");
    const lesson = await addLesson(id, mod, "guarded-lesson");
    const translator = await signIn(t, await buildStaff(t, { roles: ["translator"] }));
    for (const url of [`${A}/new`, `${A}/${id}`, `${A}/${id}/delete`, `${A}/${id}/modules/${mod}/delete`, `${A}/${id}/lessons/${lesson}/delete`]) {
      assert.equal((await translator.get(url)).statusCode, 403, url);
    }
    for (const url of [`${A}/new`, `${A}/${id}/modules`, `${A}/${id}/modules/${mod}/move`, `${A}/${id}/modules/${mod}/quiz`, `${A}/${id}/delete`, `${A}/${id}/lessons/${lesson}/delete`]) {
      assert.equal((await translator.post(url, { in: "en", direction: "up", module_title: "x" }, { formPage: "/en/admin" })).statusCode, 403, url);
    }
    const up = await translator.postMultipart(`${A}/${id}/lessons/${lesson}/material`, { in: "en" }, [{ name: "file", filename: "a.pdf", type: "application/pdf", content: PDF }], { formPage: "/en/admin" });
    assert.equal(up.statusCode, 403);
    assert.equal((await repo().materials([lesson])).length, 0);
    assert.equal((await visitor().get(`${A}/new`)).statusCode, 303, "anonymous: to the sign-in page");
  });
});

describe("courses, modules and lessons", () => {
  it("creates a course with errors linked and answers kept, edits its shared details, and refuses a taken address", async () => {
    const bad = await staff.post(`${A}/new`, { in: "fr", slug: "Not A Slug", track: "nobody", minutes: "0", title: "", summary: "Résumé gardé" }, { formPage: `${A}/new?in=fr` });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /<title>Error:/);
    for (const f of ["slug", "track", "minutes", "title"]) assert.match(bad.body, new RegExp(`href="#field-${f}"`), f);
    assert.match(bad.body, /value="Not A Slug"/);
    assert.match(bad.body, /Résumé gardé/);
    await createCourse("first-course");
    const taken = await staff.post(`${A}/new`, { in: "en", slug: "first-course", track: "victims", minutes: "5", title: "T", summary: "" }, { formPage: `${A}/new` });
    assert.equal(taken.statusCode, 400);
    assert.match(taken.body, /Another course already has this address/);

    const id = (await repo().courseBySlug("first-course"))!.id;
    const course = await repo().courseById(id);
    assert.deepEqual([course!.status, JSON.parse(course!.texts).en.title], ["draft", "Course first-course"]);
    const badDetails = await staff.post(`${A}/${id}/details`, { in: "en", slug: "first-course", track: "practitioners", minutes: "lots" }, { formPage: `${A}/${id}` });
    assert.equal(badDetails.statusCode, 400);
    assert.match(badDetails.body, /href="#field-minutes"/);
    assert.match(badDetails.body, /value="lots"/);
    assert.equal((await staff.post(`${A}/${id}/details`, { in: "en", slug: "renamed-course", track: "practitioners", minutes: "45" }, { formPage: `${A}/${id}` })).statusCode, 303);
    const after = (await repo().courseById(id))!;
    assert.deepEqual([after.slug, after.track, after.minutes], ["renamed-course", "practitioners", 45]);
  });

  it("adds modules and lessons, edits a module's title per language, moves them up and down, and deletes after confirming", async () => {
    const id = await createCourse("arranged");
    const emptyModule = await staff.post(`${A}/${id}/modules`, { in: "en", module_title: "" }, { formPage: `${A}/${id}` });
    assert.equal(emptyModule.statusCode, 400);
    assert.match(emptyModule.body, /href="#field-module_title"/);
    const m1 = await addModule(id, "First");
    const m2 = await addModule(id, "Second");
    const fr = await staff.post(`${A}/${id}/modules/${m2}`, { in: "fr", title: "Deuxième" }, { formPage: `${A}/${id}/modules/${m2}?in=fr` });
    assert.equal(fr.statusCode, 303);
    const m2texts = JSON.parse((await repo().modules(id)).find((m) => m.id === m2)!.texts);
    assert.deepEqual(m2texts, { en: { title: "Second" }, fr: { title: "Deuxième" } });

    assert.equal((await staff.post(`${A}/${id}/modules/${m2}/move`, { direction: "up" }, { formPage: `${A}/${id}` })).statusCode, 303);
    assert.deepEqual((await repo().modules(id)).map((m) => m.id), [m2, m1]);

    const a = await addLesson(id, m1, "alpha");
    const b = await addLesson(id, m1, "beta");
    const c = await addLesson(id, m1, "gamma");
    const dup = await staff.post(`${A}/${id}/modules/${m2}/lessons/new?in=en`, { in: "en", slug: "alpha", title: "Again", body: "Kept body" }, { formPage: `${A}/${id}/modules/${m2}/lessons/new` });
    assert.equal(dup.statusCode, 400);
    assert.match(dup.body, /Another lesson of this course already has this address/);
    assert.match(dup.body, /Kept body/);
    await staff.post(`${A}/${id}/lessons/${c}/move`, { direction: "up" }, { formPage: `${A}/${id}` });
    assert.deepEqual((await repo().lessons([m1])).map((l) => l.id), [a, c, b]);
    await staff.post(`${A}/${id}/lessons/${a}/move`, { direction: "up" }, { formPage: `${A}/${id}` });
    assert.deepEqual((await repo().lessons([m1])).map((l) => l.id), [a, c, b], "the first stays first");

    const confirm = await staff.get(`${A}/${id}/lessons/${c}/delete`);
    assert.equal(confirm.statusCode, 200);
    assert.match(confirm.body, /Delete the lesson “Lesson gamma”\?/);
    assert.equal((await repo().lessons([m1])).length, 3, "asking deletes nothing");
    assert.equal((await staff.post(`${A}/${id}/lessons/${c}/delete`, {}, { formPage: `${A}/${id}/lessons/${c}/delete` })).statusCode, 303);
    assert.deepEqual((await repo().lessons([m1])).map((l) => l.id), [a, b]);

    assert.equal((await staff.get(`${A}/${id}/modules/${m1}/delete`)).statusCode, 200);
    assert.equal((await staff.post(`${A}/${id}/modules/${m1}/delete`, {}, { formPage: `${A}/${id}/modules/${m1}/delete` })).statusCode, 303);
    assert.deepEqual((await repo().modules(id)).map((m) => [m.id, m.position]), [[m2, 0]]);
    assert.equal((await repo().lessons([m1])).length, 0, "its lessons went with it");

    const entries = JSON.stringify(await auditRepo(t.db.kysely).list({ userId: editorId }, { limit: 200, offset: 0 }));
    for (const action of ["learn.course.create", "learn.module.create", "learn.module.text", "learn.module.move", "learn.lesson.create", "learn.lesson.move", "learn.lesson.delete", "learn.module.delete"]) assert.ok(entries.includes(action), `${action} audited`);
  });

  it("publishes only a course complete in one language, says what is missing, withdraws it, and deletes only drafts", async () => {
    const id = await createCourse("to-publish");
    const mod = await addModule(id, "Only module");
    const early = await staff.post(`${A}/${id}/status`, { status: "published" }, { formPage: `${A}/${id}` });
    assert.equal(early.statusCode, 400);
    assert.match(early.body, /The course cannot be published yet/);
    assert.match(early.body, /A lesson in module 1/);
    const lesson = await addLesson(id, mod, "only-lesson");
    await staff.post(`${A}/${id}/modules/${mod}/quiz`, {}, { formPage: `${A}/${id}` });
    const quizMissing = await staff.post(`${A}/${id}/status`, { status: "published" }, { formPage: `${A}/${id}` });
    assert.equal(quizMissing.statusCode, 400);
    assert.match(quizMissing.body, /The texts of the quiz of module 1/);
    const qs = await questions(mod);
    assert.equal((await staff.post(`${A}/${id}/quiz/1`, quizForm(qs, "en", { [qs[0]!.id]: [qs[0]!.answers[0]!.id] }), { formPage: `${A}/${id}/quiz/1` })).statusCode, 303);
    assert.equal((await staff.post(`${A}/${id}/status`, { status: "published" }, { formPage: `${A}/${id}` })).statusCode, 303);
    assert.equal((await visitor().get("/en/learn/courses/to-publish/lessons/only-lesson")).statusCode, 200);

    const refused = await staff.post(`${A}/${id}/delete`, {}, { formPage: `${A}/${id}` });
    assert.equal(refused.statusCode, 303);
    assert.ok(await repo().courseById(id), "a published course is not deleted");
    assert.equal((await staff.post(`${A}/${id}/status`, { status: "draft" }, { formPage: `${A}/${id}` })).statusCode, 303, "withdrawn");
    assert.equal((await visitor().get("/en/learn/courses/to-publish")).statusCode, 404);
    const confirm = await staff.get(`${A}/${id}/delete`);
    assert.equal(confirm.statusCode, 200);
    assert.match(confirm.body, /Delete the course “Course to-publish”\?/);
    assert.equal((await staff.post(`${A}/${id}/delete`, {}, { formPage: `${A}/${id}/delete` })).statusCode, 303);
    assert.equal(await repo().courseById(id), undefined);
    assert.equal((await repo().lessons([mod])).length + (await repo().quizzes([mod])).length, 0);
    assert.ok(lesson);
    const entries = JSON.stringify(await auditRepo(t.db.kysely).list({ userId: editorId }, { limit: 200, offset: 0 }));
    for (const action of ["learn.quiz.create", "learn.course.publish", "learn.course.unpublish", "learn.course.delete"]) assert.ok(entries.includes(action), `${action} audited`);
  });
});

describe("quizzes", () => {
  it("adds, reorders and deletes questions and answers, validates right answers with the answers kept, and scores with the new right answers", async () => {
    const id = await createCourse("quizzed");
    const mod = await addModule(id, "M");
    await addLesson(id, mod, "read-me");
    assert.equal((await staff.post(`${A}/${id}/modules/${mod}/quiz`, {}, { formPage: `${A}/${id}` })).statusCode, 303);
    const page = `${A}/${id}/quiz/1`;
    const op = (value: string) => staff.post(`${page}/structure`, { op: value }, { formPage: page });
    assert.equal((await op("add")).statusCode, 303);
    let qs = await questions(mod);
    assert.equal(qs.length, 2);
    const [q1, q2] = qs as [QuizQuestion, QuizQuestion];
    assert.equal((await op(`answer:${q2.id}`)).statusCode, 303);
    assert.equal((await op(`up:${q2.id}`)).statusCode, 303);
    qs = await questions(mod);
    assert.deepEqual(qs.map((q) => q.id), [q2.id, q1.id]);
    assert.equal(qs[0]!.answers.length, 3);
    assert.equal((await op(`drop:${q1.id}:${q1.answers[0]!.id}`)).statusCode, 404, "a question keeps two answers at least");
    assert.equal((await op(`drop:${q2.id}:${qs[0]!.answers[2]!.id}`)).statusCode, 303);
    assert.equal((await op("add")).statusCode, 303);
    const extra = (await questions(mod))[2]!;
    assert.equal((await op(`delete:${extra.id}`)).statusCode, 303);
    qs = await questions(mod);
    assert.equal(qs.length, 2);

    const [first, second] = qs as [QuizQuestion, QuizQuestion];
    const form = quizForm(qs, "en", { [first.id]: first.answers.map((a) => a.id), [second.id]: [] }, { [first.id]: "single", [second.id]: "multiple" });
    form[`prompt-${first.id}`] = "A prompt to keep";
    const bad = await staff.post(page, form, { formPage: page });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, new RegExp(`href="#field-right-${first.id}">Choose exactly one right answer`));
    assert.match(bad.body, new RegExp(`href="#field-right-${second.id}">Choose at least one right answer`));
    assert.match(bad.body, /A prompt to keep/);
    assert.match(bad.body, new RegExp(`value="multiple" checked`), "the kind chosen is kept");

    const rightA = { [first.id]: [first.answers[0]!.id], [second.id]: [second.answers[1]!.id] };
    assert.equal((await staff.post(page, quizForm(qs, "en", rightA, { [second.id]: "multiple" }), { formPage: page })).statusCode, 303);
    await staff.post(`${A}/${id}/status`, { status: "published" }, { formPage: `${A}/${id}` });
    const learnerQuiz = "/en/learn/courses/quizzed/quiz/1";
    const answers = { [`q-${first.id}`]: first.answers[0]!.id, [`q-${second.id}`]: [second.answers[1]!.id] };
    assert.match((await visitor().post(learnerQuiz, answers, { formPage: learnerQuiz })).body, /Your score: 2 out of 2/);

    const rightB = { [first.id]: [first.answers[1]!.id], [second.id]: [second.answers[0]!.id, second.answers[1]!.id] };
    assert.equal((await staff.post(page, quizForm(qs, "en", rightB, { [second.id]: "multiple" }), { formPage: page })).statusCode, 303);
    assert.match((await visitor().post(learnerQuiz, answers, { formPage: learnerQuiz })).body, /Your score: 0 out of 2/, "scoring follows the new right answers");
    const stored = await questions(mod);
    assert.equal(stored[1]!.kind, "multiple");
    assert.deepEqual(stored[1]!.answers.map((a) => a.correct), [true, true]);
  });
});

describe("a lesson's file and video", () => {
  it("uploads a PDF per language, refuses a renamed file by its content, falls back marked, keeps drafts' files private, and erases replaced and removed files", async () => {
    const id = await createCourse("with-files");
    const mod = await addModule(id, "M");
    const lesson = await addLesson(id, mod, "handout");
    const page = `${A}/${id}/lessons/${lesson}?in=en`;
    const upload = (locale: string, content: Buffer, filename = "handout.pdf") => staff.postMultipart(`${A}/${id}/lessons/${lesson}/material?in=${locale}`, { in: locale }, [{ name: "file", filename, type: "application/pdf", content }], { formPage: page });

    const renamed = await upload("en", Buffer.from("just some text, not a PDF\n"), "notes.pdf");
    assert.equal(renamed.statusCode, 400);
    assert.match(renamed.body, /href="#field-file">The file must be a PDF/);
    assert.match(renamed.body, /value="Lesson handout"/, "the lesson's other answers are on the page");
    assert.equal((await staff.postMultipart(`${A}/${id}/lessons/${lesson}/material?in=fr`, { in: "fr" }, [{ name: "file", filename: "a.pdf", type: "application/pdf", content: PDF }], { formPage: page })).statusCode, 400, "no file before the lesson has French texts");

    assert.equal((await upload("en", PDF)).statusCode, 303);
    const first = (await repo().material(lesson, "en"))!;
    assert.equal(first.bytes, PDF.length);
    const url = `/media/learn/${lesson}/${first.file_key.split("/").pop()}`;
    assert.equal((await visitor().get(url)).statusCode, 404, "a draft's file is not public");
    const preview = await staff.get(url);
    assert.equal(preview.statusCode, 200, "staff preview it");
    assert.equal(preview.headers["cache-control"], "private, no-store");

    await staff.post(`${A}/${id}/status`, { status: "published" }, { formPage: `${A}/${id}` });
    const pub = await visitor().get(url);
    assert.equal(pub.statusCode, 200);
    assert.equal(pub.headers["content-type"], "application/pdf");
    assert.match(String(pub.headers["content-disposition"]), /attachment; filename="handout-en.pdf"/);
    const fr = await visitor().get("/fr/learn/courses/with-files/lessons/handout");
    assert.match(fr.body, /handout-en\.pdf/);
    assert.match(fr.body, /PDF, \d/);
    assert.match(fr.body, /en anglais/, "the fallback is marked with its language");

    await staff.post(`${A}/${id}/lessons/${lesson}?in=fr`, { in: "fr", title: "Document", body: "Texte." }, { formPage: `${A}/${id}/lessons/${lesson}?in=fr` });
    assert.equal((await staff.postMultipart(`${A}/${id}/lessons/${lesson}/material?in=fr`, { in: "fr" }, [{ name: "file", filename: "fr.pdf", type: "application/pdf", content: Buffer.concat([PDF, Buffer.from("% fr\n")]) }], { formPage: page })).statusCode, 303);
    const frPage = await visitor().get("/fr/learn/courses/with-files/lessons/handout");
    assert.match(frPage.body, /handout-fr\.pdf/);
    assert.doesNotMatch(frPage.body, /en anglais/);

    const storage = t.app.services.storage;
    assert.equal((await upload("en", Buffer.concat([PDF, Buffer.from("% v2\n")]))).statusCode, 303, "replaced");
    const second = (await repo().material(lesson, "en"))!;
    assert.notEqual(second.file_key, first.file_key);
    assert.equal(await storage.exists(first.file_key), false, "the replaced file is erased");
    assert.equal((await visitor().get(url)).statusCode, 404);
    assert.equal((await staff.post(`${A}/${id}/lessons/${lesson}/material/delete?in=en`, { in: "en" }, { formPage: page })).statusCode, 303);
    assert.equal(await storage.exists(second.file_key), false, "the removed file is erased");
    assert.equal(await repo().material(lesson, "en"), undefined);
    const entries = JSON.stringify(await auditRepo(t.db.kysely).list({ userId: editorId }, { limit: 200, offset: 0 }));
    for (const action of ["learn.material.upload", "learn.material.replace", "learn.material.remove"]) assert.ok(entries.includes(action), `${action} audited`);
  });

  it("embeds the episode's player with its captions, the reader's language selected, the poster and a link to the episode page", async () => {
    await seedDemoVideos(t.db, t.app.services.storage);
    const episode = await t.db.kysely.selectFrom("video_episodes").select(["id", "slug"]).executeTakeFirstOrThrow();
    const id = await createCourse("with-video");
    const mod = await addModule(id, "M");
    const lesson = await addLesson(id, mod, "watch");
    const page = `${A}/${id}/lessons/${lesson}?in=en`;
    assert.equal((await staff.post(page, { in: "en", title: "Watch", body: "Watch this.", video: episode.id }, { formPage: page })).statusCode, 303);
    await staff.post(`${A}/${id}/status`, { status: "published" }, { formPage: `${A}/${id}` });
    const fr = await visitor().get("/fr/learn/courses/with-video/lessons/watch");
    assert.equal(fr.statusCode, 200);
    assert.match(fr.body, /<video id="lesson-player"[^>]*poster="\/media\/videos\//);
    assert.match(fr.body, /<track kind="captions" src="\/media\/videos\/[^"]+\/captions-fr\.vtt" srclang="fr" label="français" default/);
    assert.match(fr.body, new RegExp(`href="/fr/videos/[a-z0-9-]+/${episode.slug}"`));
    assert.doesNotMatch(fr.body, /youtube|vimeo/, "nothing from another site");
  });
});
