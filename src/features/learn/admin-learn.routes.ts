import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import { requirePermission } from "../../web/auth.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { firstString, parseForm, toValues, type FormValues } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { renderLearnAdminCourse, renderLearnAdminLesson, renderLearnAdminList, renderLearnAdminQuiz } from "./admin-learn.views.tsx";
import { CourseTextSchema, LessonSharedSchema, LessonTextSchema, parseQuizTexts } from "./learn.schema.ts";
import { publishedEpisodes } from "./learn.repo.ts";
import { learnService, type Outline } from "./learn.service.ts";
import { renderLesson, renderQuiz } from "./learn.views.tsx";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
type Id = { Params: { lang: string; id: string } };
type LessonId = { Params: { lang: string; id: string; lesson: string } };
type QuizN = { Params: { lang: string; id: string; module: string } };

/** Staff: courses written one language at a time, lessons with a reader's preview, publication. Every change is audited. */
export const adminLearnRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock, keys, mailer } = app.services;
  const learn = learnService({ db, clock, fieldKey: keys.field, mailer });
  const repo = learn.repo;
  const audit = auditRepo(db.kysely, clock);

  app.addHook("onRequest", requireStaff);
  app.addHook("preHandler", requirePermission("learn.manage"));

  function textLocale(request: FastifyRequest): Locale {
    const raw = firstString((request.body as Record<string, unknown> | undefined)?.in) ?? firstString((request.query as Record<string, unknown>).in);
    return isLocale(raw) ? raw : request.locale;
  }

  async function load(id: string): Promise<Outline> {
    if (!UUID.test(id)) throw notFound();
    const course = await repo.courseById(id);
    if (!course) throw notFound();
    return learn.outline(course);
  }

  function lessonOf(o: Outline, id: string) {
    const lesson = o.lessons.find((x) => x.row.id === id);
    if (!lesson) throw notFound();
    return lesson;
  }

  /** Published episodes as choices, titled in the staff member's language where written. */
  async function episodeOptions(l: Locale) {
    const rows = await publishedEpisodes(db.kysely);
    const ids = [...new Set(rows.map((r) => r.id))];
    return ids.map((id) => {
      const mine = rows.filter((r) => r.id === id);
      return { value: id, label: (mine.find((r) => r.locale === l) ?? mine.find((r) => r.locale === "en") ?? mine[0])!.title };
    });
  }

  const courseValues = (o: Outline, l: Locale) => ({ title: o.texts[l]?.title ?? "", summary: o.texts[l]?.summary ?? "" });

  app.get("/admin/learn", async (request, reply) => sendPage(reply, renderLearnAdminList(pageContext(request, reply), await repo.courses())));

  app.get<Id>("/admin/learn/:id", async (request, reply) => {
    const o = await load(request.params.id);
    const locale = textLocale(request);
    return sendPage(reply, renderLearnAdminCourse(pageContext(request, reply), { o, locale, values: courseValues(o, locale) }));
  });

  app.post<Id>("/admin/learn/:id", async (request, reply) => {
    const o = await load(request.params.id);
    const locale = textLocale(request);
    const form = parseForm(CourseTextSchema, request.body);
    if (!form.ok) return sendPage(reply, renderLearnAdminCourse(pageContext(request, reply), { o, locale, values: form.values, errors: form.errors }), 400);
    await repo.updateCourse(o.course.id, { texts: JSON.stringify({ ...o.texts, [locale]: form.data }), updated_at: clock().toISOString() });
    await audit.record({ userId: request.staff!.id, action: "learn.course.text", targetType: "learn_course", targetId: o.course.id, details: { locale } });
    setFlash(reply, "admin.learn.saved");
    return reply.redirect(`/${request.locale}/admin/learn/${o.course.id}?in=${locale}`, 303);
  });

  app.post<Id>("/admin/learn/:id/status", async (request, reply) => {
    const o = await load(request.params.id);
    const status = firstString((request.body as Record<string, unknown>).status) === "published" ? "published" : "draft";
    await repo.updateCourse(o.course.id, { status, updated_at: clock().toISOString() });
    await audit.record({ userId: request.staff!.id, action: status === "published" ? "learn.course.publish" : "learn.course.unpublish", targetType: "learn_course", targetId: o.course.id });
    setFlash(reply, status === "published" ? "admin.learn.published" : "admin.learn.unpublished");
    return reply.redirect(`/${request.locale}/admin/learn/${o.course.id}`, 303);
  });

  app.get<LessonId>("/admin/learn/:id/lessons/:lesson", async (request, reply) => {
    const o = await load(request.params.id);
    const lesson = lessonOf(o, request.params.lesson);
    const locale = textLocale(request);
    const values = { title: lesson.texts[locale]?.title ?? "", body: lesson.texts[locale]?.body ?? "", video: lesson.row.video_episode_id ?? "", material_url: lesson.row.material_url ?? "" };
    return sendPage(reply, renderLearnAdminLesson(pageContext(request, reply), { o, lesson, locale, values, episodes: await episodeOptions(request.locale) }));
  });

  app.post<LessonId>("/admin/learn/:id/lessons/:lesson", async (request, reply) => {
    const o = await load(request.params.id);
    const lesson = lessonOf(o, request.params.lesson);
    const locale = textLocale(request);
    const form = parseForm(LessonTextSchema, request.body);
    const shared = parseForm(LessonSharedSchema, request.body);
    const episodes = await episodeOptions(request.locale);
    const video = shared.ok && shared.data.video && episodes.some((e) => e.value === shared.data.video) ? shared.data.video : null;
    if (!form.ok || !shared.ok) {
      const errors = { ...(form.ok ? {} : form.errors), ...(shared.ok ? {} : shared.errors) };
      return sendPage(reply, renderLearnAdminLesson(pageContext(request, reply), { o, lesson, locale, values: { ...form.values, ...shared.values }, errors, episodes }), 400);
    }
    await repo.updateLesson(lesson.row.id, { texts: JSON.stringify({ ...lesson.texts, [locale]: form.data }), video_episode_id: video, material_url: shared.data.material_url || null });
    await audit.record({ userId: request.staff!.id, action: "learn.lesson.text", targetType: "learn_lesson", targetId: lesson.row.id, details: { locale } });
    setFlash(reply, "admin.learn.saved");
    return reply.redirect(`/${request.locale}/admin/learn/${o.course.id}/lessons/${lesson.row.id}?in=${locale}`, 303);
  });

  function quizOf(o: Outline, raw: string) {
    const n = Number(raw);
    const mod = Number.isInteger(n) ? o.modules[n - 1] : undefined;
    if (!mod?.quiz) throw notFound();
    return { mod, n };
  }

  function quizValues(mod: ReturnType<typeof quizOf>["mod"], locale: Locale): FormValues {
    const quiz = mod.quiz!;
    const values: FormValues = { pass_mark: String(quiz.row.pass_mark) };
    for (const q of quiz.questions) {
      values[`prompt-${q.id}`] = q.texts[locale]?.prompt ?? "";
      for (const a of q.answers) {
        values[`answer-${q.id}-${a.id}`] = a.texts[locale]?.text ?? "";
        values[`feedback-${q.id}-${a.id}`] = a.texts[locale]?.feedback ?? "";
      }
    }
    return values;
  }

  app.get<QuizN>("/admin/learn/:id/quiz/:module", async (request, reply) => {
    const o = await load(request.params.id);
    const { mod, n } = quizOf(o, request.params.module);
    const locale = textLocale(request);
    return sendPage(reply, renderLearnAdminQuiz(pageContext(request, reply), { o, module: mod, number: n, locale, values: quizValues(mod, locale) }));
  });

  app.post<QuizN>("/admin/learn/:id/quiz/:module", async (request, reply) => {
    const o = await load(request.params.id);
    const { mod, n } = quizOf(o, request.params.module);
    const locale = textLocale(request);
    const values = toValues(request.body);
    const parsed = parseQuizTexts(mod.quiz!.questions, locale, values);
    if (!parsed.ok) return sendPage(reply, renderLearnAdminQuiz(pageContext(request, reply), { o, module: mod, number: n, locale, values, errors: parsed.errors }), 400);
    await repo.updateQuiz(mod.quiz!.row.id, { pass_mark: parsed.passMark, questions: JSON.stringify(parsed.questions) });
    await audit.record({ userId: request.staff!.id, action: "learn.quiz.text", targetType: "learn_quiz", targetId: mod.quiz!.row.id, details: { locale } });
    setFlash(reply, "admin.learn.saved");
    return reply.redirect(`/${request.locale}/admin/learn/${o.course.id}/quiz/${n}?in=${locale}`, 303);
  });

  // Previews show a lesson or quiz as a reader would see it in the page's language, draft or not.
  app.get<LessonId>("/admin/learn/:id/lessons/:lesson/preview", async (request, reply) => {
    const o = await load(request.params.id);
    const lesson = lessonOf(o, request.params.lesson);
    return sendPage(reply, renderLesson(pageContext(request, reply), { o, lesson, learner: null, done: false, video: null, prev: null, next: null, preview: true }));
  });

  app.get<QuizN>("/admin/learn/:id/quiz/:module/preview", async (request, reply) => {
    const o = await load(request.params.id);
    const { mod, n } = quizOf(o, request.params.module);
    return sendPage(reply, renderQuiz(pageContext(request, reply), { o, module: mod, number: n, learner: null, action: `/${request.locale}/admin/learn/${o.course.id}/quiz/${n}/preview`, preview: true }));
  });
};
