import { z } from "zod";
import type { MessageKey } from "../../i18n/i18n.ts";

/** The tracks are fixed in code: who a course is for. */
export const TRACKS = ["victims", "practitioners"] as const;
export type Track = (typeof TRACKS)[number];
export const trackKey = (track: string) => `learn.track.${track}` as MessageKey;
export const trackLeadKey = (track: string) => `learn.track.${track}.lead` as MessageKey;

const k = (key: MessageKey) => ({ message: key });

/** Texts of one language, as stored in the JSON columns. */
export interface CourseText { title: string; summary: string }
export interface ModuleText { title: string }
export interface LessonText { title: string; body: string }
export interface AnswerText { text: string; feedback: string }
export interface QuizAnswer { id: string; correct: boolean; texts: Record<string, AnswerText> }
export interface QuizQuestion { id: string; kind: "single" | "multiple"; texts: Record<string, { prompt: string }>; answers: QuizAnswer[] }
export type Texts<T> = Record<string, T>;

export const SignInSchema = z.object({
  email: z.string().trim().min(1, k("learn.signIn.error.emailEmpty")).max(254, k("learn.signIn.error.emailInvalid")).pipe(z.email(k("learn.signIn.error.emailInvalid"))),
  // The honeypot: people leave it empty; the field is hidden from them.
  website: z.string().max(0).optional().or(z.literal("")),
});
export type SignIn = z.infer<typeof SignInSchema>;

export const DisplayNameSchema = z.object({
  display_name: z.string().trim().max(80, k("learn.certificate.error.nameLong")),
});
export type DisplayName = z.infer<typeof DisplayNameSchema>;

export const CourseTextSchema = z.object({
  title: z.string().trim().min(1, k("admin.learn.error.titleEmpty")).max(200, k("admin.learn.error.titleLong")),
  summary: z.string().trim().max(1000, k("admin.learn.error.summaryLong")),
});
export type CourseTextInput = z.infer<typeof CourseTextSchema>;

export const LessonTextSchema = z.object({
  title: z.string().trim().min(1, k("admin.learn.error.titleEmpty")).max(200, k("admin.learn.error.titleLong")),
  body: z.string().trim().min(1, k("admin.learn.error.bodyEmpty")).max(50_000, k("admin.learn.error.bodyLong")),
});
export type LessonTextInput = z.infer<typeof LessonTextSchema>;

/** What a lesson shares across languages: a published episode, and material (a PDF or page on the portal, or an https address). */
export const LessonSharedSchema = z.object({
  video: z.string().trim().max(36).optional().default(""),
  material_url: z
    .string()
    .trim()
    .max(500, k("admin.learn.error.materialUrl"))
    .refine((v) => v === "" || /^https:\/\/[^\s]+$/.test(v) || /^\/[a-z]{2}\/[^\s]*$/.test(v), k("admin.learn.error.materialUrl"))
    .optional()
    .default(""),
});
export type LessonShared = z.infer<typeof LessonSharedSchema>;

/** A verification code as people type it: Crockford base32, spaces and hyphens ignored, I/L read as 1 and O as 0. */
export function normaliseCode(raw: string): string | null {
  const s = raw.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  return /^[0-9A-HJKMNP-TV-Z]{16}$/.test(s) ? s : null;
}
export const formatCode = (code: string) => code.match(/.{4}/g)!.join("-");

/**
 * A quiz's texts in one language, from fields named prompt-<question>, answer-<question>-<answer> and
 * feedback-<question>-<answer>, plus the pass mark. Every field must be filled: a reader must never meet
 * a question half in one language. When the form carries `structure`, each question's kind (kind-<question>)
 * and right answers (right-<question>, answer ids) are read too and checked: at least two answers, exactly
 * one right for single choice, at least one for multiple choice. Without it, which answers are right stays.
 */
export function parseQuizTexts(questions: QuizQuestion[], locale: string, body: Record<string, string | string[] | undefined>): { ok: true; passMark: number; questions: QuizQuestion[] } | { ok: false; errors: Record<string, MessageKey> } {
  const errors: Record<string, MessageKey> = {};
  const str = (name: string) => {
    const v = body[name];
    const s = (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
    if (!s) errors[name] = "admin.learn.error.quizTextEmpty";
    else if (s.length > 1000) errors[name] = "admin.learn.error.quizTextLong";
    return s;
  };
  const list = (name: string) => {
    const v = body[name];
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  };
  const mark = Number(body.pass_mark);
  if (!Number.isInteger(mark) || mark < 1 || mark > 100) errors.pass_mark = "admin.learn.error.passMark";
  const structure = body.structure !== undefined;
  const updated = questions.map((q) => {
    let kind = q.kind;
    let right = new Set(q.answers.filter((a) => a.correct).map((a) => a.id));
    if (structure) {
      const k = list(`kind-${q.id}`)[0];
      kind = k === "multiple" ? "multiple" : "single";
      right = new Set(list(`right-${q.id}`).filter((id) => q.answers.some((a) => a.id === id)));
      if (q.answers.length < 2) errors[`right-${q.id}`] = "admin.learn.error.twoAnswers";
      else if (kind === "single" && right.size !== 1) errors[`right-${q.id}`] = "admin.learn.error.rightSingle";
      else if (kind === "multiple" && right.size < 1) errors[`right-${q.id}`] = "admin.learn.error.rightMultiple";
    }
    return {
      ...q,
      kind,
      texts: { ...q.texts, [locale]: { prompt: str(`prompt-${q.id}`) } },
      answers: q.answers.map((a) => ({ ...a, correct: right.has(a.id), texts: { ...a.texts, [locale]: { text: str(`answer-${q.id}-${a.id}`), feedback: str(`feedback-${q.id}-${a.id}`) } } })),
    };
  });
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, passMark: mark, questions: updated };
}

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slugField = z.string().trim().toLowerCase().min(1, k("admin.learn.error.slugEmpty")).max(80, k("admin.learn.error.slug")).regex(SLUG_RE, k("admin.learn.error.slug"));

/** What a course shares across languages: its address, who it is for, and how long it takes. */
export const CourseSharedSchema = z.object({
  slug: slugField,
  track: z.enum(TRACKS, k("admin.learn.error.track")),
  minutes: z.coerce.number(k("admin.learn.error.minutes")).int(k("admin.learn.error.minutes")).min(1, k("admin.learn.error.minutes")).max(6000, k("admin.learn.error.minutes")),
});
export type CourseShared = z.infer<typeof CourseSharedSchema>;

/** A new course: the shared fields and its texts in the language being written. */
export const NewCourseSchema = CourseSharedSchema.extend(CourseTextSchema.shape);
export type NewCourse = z.infer<typeof NewCourseSchema>;

export const ModuleTextSchema = z.object({
  title: z.string().trim().min(1, k("admin.learn.error.titleEmpty")).max(200, k("admin.learn.error.titleLong")),
});
export type ModuleTextInput = z.infer<typeof ModuleTextSchema>;

/** A new lesson: its address within the course and its texts in the language being written. */
export const NewLessonSchema = LessonTextSchema.extend({ slug: slugField });
export type NewLesson = z.infer<typeof NewLessonSchema>;

export const MoveSchema = z.object({ direction: z.enum(["up", "down"]) });
