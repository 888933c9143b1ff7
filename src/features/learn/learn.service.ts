import { randomBytes, randomUUID } from "node:crypto";
import type { Db } from "../../db/database.ts";
import { translator } from "../../i18n/i18n.ts";
import { pickLanguage, pickLanguageOf } from "../../i18n/fallback.ts";
import { isLocale, LOCALES, type Locale } from "../../i18n/locales.ts";
import type { Mailer } from "../../jobs/mailer.ts";
import { encryptField, keyedHash, randomToken, sha256 } from "../../web/crypto.ts";
import type { FieldKey, FieldKeys } from "../../web/secrets.ts";
import { learnRepo, type CompletionRow, type CourseRow, type LessonRow, type MaterialRow, type ModuleRow, type QuizRow } from "./learn.repo.ts";
import type { CourseText, LessonText, ModuleText, QuizQuestion, Texts } from "./learn.schema.ts";

/** A sign-in link works this long, once. */
export const LINK_MINUTES = 30;
/** A learner session ends after this long without a visit, and in any case after SESSION_MAX_DAYS. */
export const SESSION_IDLE_DAYS = 14;
export const SESSION_MAX_DAYS = 90;
/** At most one sign-in mail per address in this time, whoever asks. */
export const MAIL_INTERVAL_MS = 60_000;
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export const tokenHash = (token: string) => sha256(`learn-signin:${token}`);
export const sessionHash = (id: string) => sha256(`learn-session:${id}`);

/** Parses a JSON texts column; bad JSON reads as no texts. */
export function parseTexts<T>(json: string): Texts<T> {
  try {
    const v = JSON.parse(json) as unknown;
    return v && typeof v === "object" ? (v as Texts<T>) : {};
  } catch {
    return {};
  }
}

/** The text in the reader's language, else English, else the first in the UN's order; with the language it is in. */
export function pick<T>(texts: Texts<T>, locale: Locale): { text: T; locale: Locale } | undefined {
  const found = pickLanguageOf(texts, locale);
  return found ? { text: found.value, locale: found.locale } : undefined;
}

/** A random 16-character Crockford base32 code (80 bits): unguessable, easy to read aloud and type. */
export function newCode(): string {
  const bytes = randomBytes(16);
  return [...bytes].map((b) => CROCKFORD[b & 31]).join("");
}

export interface OutlineLesson { row: LessonRow; texts: Texts<LessonText>; moduleId: string; materials: MaterialRow[] }
export interface OutlineModule { row: ModuleRow; texts: Texts<ModuleText>; lessons: OutlineLesson[]; quiz: { row: QuizRow; questions: QuizQuestion[] } | null }
export interface Outline { course: CourseRow; texts: Texts<CourseText>; modules: OutlineModule[]; lessons: OutlineLesson[] }

export interface QuestionResult { question: QuizQuestion; chosen: string[]; correct: boolean; partly: boolean }
export interface QuizResult { results: QuestionResult[]; score: number; total: number; passed: boolean; passMark: number }

/** Scores answers: a question counts only when exactly its right answers are chosen (a partial answer is not enough). */
export function scoreQuiz(quiz: { pass_mark: number }, questions: QuizQuestion[], answers: Record<string, string[]>): QuizResult {
  const results = questions.map((question) => {
    const valid = new Set(question.answers.map((a) => a.id));
    const chosen = (answers[question.id] ?? []).filter((id) => valid.has(id));
    const right = new Set(question.answers.filter((a) => a.correct).map((a) => a.id));
    const hits = chosen.filter((id) => right.has(id)).length;
    const correct = chosen.length === right.size && hits === right.size;
    return { question, chosen: question.kind === "single" ? chosen.slice(0, 1) : chosen, correct, partly: !correct && hits > 0 };
  });
  const score = results.filter((r) => r.correct).length;
  const total = questions.length;
  return { results, score, total, passed: total > 0 && score * 100 >= quiz.pass_mark * total, passMark: quiz.pass_mark };
}

/** A lesson's material in the reader's language, else English, else the first in the UN's order. */
export function pickMaterial(materials: readonly MaterialRow[], locale: Locale): MaterialRow | undefined {
  return pickLanguage(materials, locale);
}

/** Where a material file is served (outside the language prefix: one cached copy). */
export const materialUrl = (m: Pick<MaterialRow, "lesson_id" | "file_key">) => `/media/learn/${m.lesson_id}/${m.file_key.slice(m.file_key.lastIndexOf("/") + 1)}`;

/** What keeps a course from being read whole in one language. */
export type Missing =
  | { what: "modules" }
  | { what: "course" }
  | { what: "module"; number: number }
  | { what: "moduleLessons"; number: number }
  | { what: "lesson"; number: number; title: string }
  | { what: "quiz"; number: number }
  | { what: "quizAnswers"; number: number };

/** A quiz question's structure is sound: two answers or more; one right for single choice, at least one for multiple. */
export function questionProblem(q: QuizQuestion): "answers" | "single" | "multiple" | null {
  if (q.answers.length < 2) return "answers";
  const right = q.answers.filter((a) => a.correct).length;
  if (q.kind === "single" && right !== 1) return "single";
  if (q.kind === "multiple" && right < 1) return "multiple";
  return null;
}

/** What is missing, language by language, for the course to be published (an empty list: complete). */
export function missingByLanguage(o: Outline): Map<Locale, Missing[]> {
  const out = new Map<Locale, Missing[]>();
  for (const l of LOCALES) {
    const miss: Missing[] = [];
    if (o.modules.length === 0) miss.push({ what: "modules" });
    if (!o.texts[l]?.title) miss.push({ what: "course" });
    o.modules.forEach((m, i) => {
      const number = i + 1;
      if (!m.texts[l]?.title) miss.push({ what: "module", number });
      if (m.lessons.length === 0) miss.push({ what: "moduleLessons", number });
      for (const lesson of m.lessons) {
        if (!lesson.texts[l]?.title || !lesson.texts[l]?.body) miss.push({ what: "lesson", number, title: pick(lesson.texts, l)?.text.title ?? lesson.row.slug });
      }
      if (m.quiz) {
        const qs = m.quiz.questions;
        if (qs.length === 0 || qs.some((q) => questionProblem(q))) miss.push({ what: "quizAnswers", number });
        if (qs.some((q) => !q.texts[l]?.prompt || q.answers.some((a) => !a.texts[l]?.text || !a.texts[l]?.feedback))) miss.push({ what: "quiz", number });
      }
    });
    out.set(l, miss);
  }
  return out;
}

/** What a learner has done in a course, from their done lessons and quiz attempts (in every course). */
export function progressIn(o: Outline, done: Set<string>, attempts: readonly { quiz_id: string; score: number; total: number; passed: number }[]) {
  const quizIds = o.modules.flatMap((m) => (m.quiz ? [m.quiz.row.id] : []));
  const passed = new Set(attempts.filter((a) => a.passed === 1).map((a) => a.quiz_id));
  const best = new Map<string, { score: number; total: number }>();
  for (const a of attempts) if (quizIds.includes(a.quiz_id) && (!best.has(a.quiz_id) || best.get(a.quiz_id)!.score < a.score)) best.set(a.quiz_id, { score: a.score, total: a.total });
  const complete = o.lessons.length > 0 && o.lessons.every((l) => done.has(l.row.id)) && quizIds.every((id) => passed.has(id));
  return { done, passed, best, complete, doneCount: o.lessons.filter((l) => done.has(l.row.id)).length };
}

/** A learner's address as a keyed lookup hash under one field key (a rotation recomputes it under the new key). */
export const learnerEmailHash = (key: FieldKey, email: string) => keyedHash(key, `learn:email:${email.trim().toLowerCase()}`).toString("hex");

export interface LearnDeps { db: Db; clock: () => Date; fieldKey: FieldKeys; mailer: Mailer }

export function learnService(deps: LearnDeps) {
  const { db, clock, fieldKey, mailer } = deps;
  const repo = learnRepo(db.kysely);
  const now = () => clock().toISOString();
  // Under every configured key: until a rotation has run, older rows still carry hashes under a retired key.
  const emailHashes = (email: string) => fieldKey.all.map((k) => learnerEmailHash(k, email));

  /** The outlines of several courses with one query per table, whatever the number of courses. */
  async function outlines(courses: readonly CourseRow[]): Promise<Outline[]> {
    const modules = await repo.modulesOf(courses.map((c) => c.id));
    const ids = modules.map((m) => m.id);
    const [lessons, quizzes] = await Promise.all([repo.lessons(ids), repo.quizzes(ids)]);
    const materials = await repo.materials(lessons.map((l) => l.id));
    const mods: OutlineModule[] = modules.map((row) => {
      const quiz = quizzes.find((q) => q.module_id === row.id);
      return {
        row,
        texts: parseTexts<ModuleText>(row.texts),
        lessons: lessons.filter((l) => l.module_id === row.id).map((l) => ({ row: l, texts: parseTexts<LessonText>(l.texts), moduleId: row.id, materials: materials.filter((x) => x.lesson_id === l.id) })),
        quiz: quiz ? { row: quiz, questions: JSON.parse(quiz.questions) as QuizQuestion[] } : null,
      };
    });
    return courses.map((course) => {
      const own = mods.filter((m) => m.row.course_id === course.id);
      return { course, texts: parseTexts<CourseText>(course.texts), modules: own, lessons: own.flatMap((m) => m.lessons) };
    });
  }

  async function outline(course: CourseRow): Promise<Outline> {
    return (await outlines([course]))[0]!;
  }

  return {
    repo,
    outline,
    outlines,

    /**
     * Mails a one-time sign-in link. Unknown addresses get a learner row (so the link has somewhere to
     * lead); the page answers the same either way, and an address gets at most one mail a minute.
     */
    async requestLink(email: string, language: Locale, origin: string): Promise<void> {
      const hashes = emailHashes(email);
      const hash = hashes[0]!;
      let learner = await repo.learnerByEmailHash(hashes);
      const at = now();
      if (learner?.last_mailed_at && clock().getTime() - new Date(learner.last_mailed_at).getTime() < MAIL_INTERVAL_MS) return;
      if (!learner) {
        learner = { id: randomUUID(), email_hash: hash, email: encryptField(fieldKey, email.trim().toLowerCase()), display_name: null, language, last_mailed_at: at, created_at: at };
        await repo.insertLearner(learner);
      } else {
        await repo.updateLearner(learner.id, { last_mailed_at: at, language });
      }
      const token = randomToken();
      await repo.insertToken({ token_hash: tokenHash(token), learner_id: learner.id, expires_at: new Date(clock().getTime() + LINK_MINUTES * 60_000).toISOString(), created_at: at });
      const t = translator(language);
      await mailer.send({ to: email.trim(), subject: t("learn.mail.subject"), text: t("learn.mail.body", { link: `${origin}/${language}/learn/sign-in/${token}`, minutes: LINK_MINUTES }) });
    },

    /** Uses a sign-in link: a new session id (only its hash is stored), or why it failed. */
    async useLink(token: string): Promise<{ sessionId: string } | { failed: "expired" | "unknown" }> {
      const used = await repo.useToken(tokenHash(token), now());
      if (!used) return { failed: "unknown" };
      if ("expired" in used) return { failed: "expired" };
      const sessionId = randomToken();
      const at = now();
      await repo.insertSession({ id_hash: sessionHash(sessionId), learner_id: used.learnerId, created_at: at, last_seen_at: at, expires_at: new Date(clock().getTime() + SESSION_MAX_DAYS * 86_400_000).toISOString() });
      return { sessionId };
    },

    /** The learner behind a session cookie, when the session is still alive (idle and absolute limits). */
    async learnerForSession(sessionId: string) {
      const hash = sessionHash(sessionId);
      const s = await repo.session(hash);
      if (!s) return null;
      const t = clock().getTime();
      if (new Date(s.expires_at).getTime() <= t || t - new Date(s.last_seen_at).getTime() > SESSION_IDLE_DAYS * 86_400_000) {
        await repo.deleteSession(hash);
        return null;
      }
      const learner = await repo.learnerById(s.learner_id);
      if (!learner) return null;
      if (t - new Date(s.last_seen_at).getTime() > 60_000) await repo.touchSession(hash, now());
      return learner;
    },

    async signOut(sessionId: string): Promise<void> {
      await repo.deleteSession(sessionHash(sessionId));
    },

    /** Marks a lesson done and completes the course when that was the last step. */
    async markDone(learnerId: string, o: Outline, lessonId: string, language: Locale): Promise<void> {
      // Reading a lesson again writes nothing and checks nothing.
      if (await repo.markLessonDone(learnerId, lessonId, now())) await this.completeIfDone(learnerId, o, language);
    },

    async recordAttempt(learnerId: string, o: Outline, quiz: QuizRow, r: QuizResult, language: Locale): Promise<void> {
      await repo.insertAttempt({ id: randomUUID(), learner_id: learnerId, quiz_id: quiz.id, score: r.score, total: r.total, passed: r.passed ? 1 : 0, created_at: now() });
      await this.completeIfDone(learnerId, o, language);
    },

    /** What a learner has done in a course. */
    async progress(learnerId: string, o: Outline) {
      return progressIn(o, await repo.doneLessonIds(learnerId), await repo.attempts(learnerId));
    },

    /**
     * The learner's courses that they have started or finished, with their progress and certificate:
     * the same number of queries for one course or many.
     */
    async startedCourses(learnerId: string, courses: readonly CourseRow[]) {
      const [all, done, attempts, completions] = await Promise.all([outlines(courses), repo.doneLessonIds(learnerId), repo.attempts(learnerId), repo.completions(learnerId)]);
      return all.flatMap((o) => {
        const p = progressIn(o, done, attempts);
        const completion = completions.find((c) => c.course_id === o.course.id) ?? null;
        return p.doneCount === 0 && !completion ? [] : [{ outline: o, progress: p, completion }];
      });
    },

    async completeIfDone(learnerId: string, o: Outline, language: Locale): Promise<CompletionRow | undefined> {
      const existing = await repo.completion(learnerId, o.course.id);
      if (existing) return existing;
      const p = await this.progress(learnerId, o);
      if (!p.complete) return undefined;
      const learner = await repo.learnerById(learnerId);
      const row: CompletionRow = { id: randomUUID(), learner_id: learnerId, course_id: o.course.id, code: newCode(), display_name: learner?.display_name ?? null, language, completed_at: now() };
      await repo.insertCompletion(row);
      return row;
    },

    async verify(code: string) {
      const c = await repo.completionByCode(code);
      if (!c) return null;
      const course = await repo.courseById(c.course_id);
      return course ? { completion: c, course, texts: parseTexts<CourseText>(course.texts) } : null;
    },

    isLocale,
  };
}

export type LearnService = ReturnType<typeof learnService>;
