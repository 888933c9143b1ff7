import { randomBytes, randomUUID } from "node:crypto";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import type { MessageKey } from "../../i18n/i18n.ts";
import { fallbackLanguages, pickLanguage } from "../../i18n/fallback.ts";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import { requirePermission } from "../../web/auth.ts";
import { pageContext, setFlash } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { firstString, parseForm, toValues, type FieldErrors, type FormValues } from "../../web/forms.ts";
import { acceptUploads } from "../../web/multipart.ts";
import { sendPage } from "../../web/render.ts";
import { requireStaff } from "../../web/staff-guard.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import {
  renderLearnAdminConfirm,
  renderLearnAdminCourse,
  renderLearnAdminLesson,
  renderLearnAdminList,
  renderLearnAdminModule,
  renderLearnAdminNew,
  renderLearnAdminNewLesson,
  renderLearnAdminQuiz,
  type CourseAdminView,
} from "./admin-learn.views.tsx";
import { CourseSharedSchema, CourseTextSchema, LessonSharedSchema, LessonTextSchema, ModuleTextSchema, MoveSchema, NewCourseSchema, NewLessonSchema, parseQuizTexts, type QuizQuestion } from "./learn.schema.ts";
import { publishedEpisodes } from "./learn.repo.ts";
import { learnService, missingByLanguage, pick, type Outline, type OutlineLesson, type OutlineModule } from "./learn.service.ts";
import { renderLesson, renderQuiz } from "./learn.views.tsx";
import { lessonPlayer } from "./learn.video.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
type Id = { Params: { lang: string; id: string } };
type LessonId = { Params: { lang: string; id: string; lesson: string } };
type ModuleId = { Params: { lang: string; id: string; module: string } };
type QuizN = { Params: { lang: string; id: string; module: string } };

const shortId = (prefix: string) => `${prefix}${randomBytes(4).toString("hex")}`;
/** Swaps an item with its neighbour; the same list when it is already at that end. */
function moved<T>(list: readonly T[], index: number, direction: "up" | "down"): T[] {
  const other = direction === "up" ? index - 1 : index + 1;
  const out = [...list];
  if (index < 0 || other < 0 || other >= list.length) return out;
  [out[index], out[other]] = [out[other]!, out[index]!];
  return out;
}
/** A new question: single choice with two answers, the first right, no texts yet. */
const newQuestion = (): QuizQuestion => ({ id: shortId("q"), kind: "single", texts: {}, answers: [{ id: shortId("a"), correct: true, texts: {} }, { id: shortId("a"), correct: false, texts: {} }] });

/**
 * Staff with learn.manage author courses: create and delete drafts, arrange modules, lessons and quizzes,
 * write texts one language at a time with a reader's preview, attach an episode and a file per language,
 * and publish once the course is complete in a language. Every change is audited.
 */
export const adminLearnRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock, keys, mailer, storage, config } = app.services;
  const learn = learnService({ db, clock, fieldKey: keys.field, mailer });
  const repo = learn.repo;
  const audit = auditRepo(db.kysely, clock);

  app.addHook("onRequest", requireStaff);
  app.addHook("preHandler", requirePermission("learn.manage"));
  await acceptUploads(app, config, { file: { accept: ["document"] } });

  const now = () => clock().toISOString();
  const record = (request: FastifyRequest, action: string, targetType: string, targetId: string, details?: Record<string, unknown>) =>
    audit.record({ userId: request.staff!.id, action, targetType, targetId, ...(details ? { details } : {}) });

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

  function lessonOf(o: Outline, id: string): OutlineLesson {
    const lesson = o.lessons.find((x) => x.row.id === id);
    if (!lesson) throw notFound();
    return lesson;
  }

  function moduleOf(o: Outline, id: string): { mod: OutlineModule; n: number } {
    const i = o.modules.findIndex((m) => m.row.id === id);
    if (i < 0) throw notFound();
    return { mod: o.modules[i]!, n: i + 1 };
  }

  /** Published episodes as choices, titled in the staff member's language where written. */
  async function episodeOptions(l: Locale) {
    const rows = await publishedEpisodes(db.kysely);
    const ids = [...new Set(rows.map((r) => r.id))];
    return ids.map((id) => {
      const mine = rows.filter((r) => r.id === id);
      return { value: id, label: pickLanguage(mine, l, mine.map((r) => r.locale))!.title };
    });
  }

  const courseUrl = (request: FastifyRequest, o: Outline, locale: Locale) => `/${request.locale}/admin/learn/${o.course.id}?in=${locale}`;
  const lessonUrl = (request: FastifyRequest, o: Outline, lessonId: string, locale: Locale) => `/${request.locale}/admin/learn/${o.course.id}/lessons/${lessonId}?in=${locale}`;

  function showCourse(request: FastifyRequest, reply: FastifyReply, o: Outline, extra: Partial<CourseAdminView> = {}, status = 200) {
    const locale = textLocale(request);
    const view: CourseAdminView = {
      o,
      locale,
      values: { title: o.texts[locale]?.title ?? "", summary: o.texts[locale]?.summary ?? "" },
      shared: { slug: o.course.slug, track: o.course.track, minutes: String(o.course.minutes) },
      ...extra,
    };
    return sendPage(reply, renderLearnAdminCourse(pageContext(request, reply), view), status);
  }

  /** Erases stored files; a file already gone is no reason to fail the change. */
  async function erase(keysToErase: string[]) {
    for (const key of keysToErase) await storage.delete(key).catch(() => undefined);
  }
  const materialKeys = (lessons: OutlineLesson[]) => lessons.flatMap((l) => l.materials.map((m) => m.file_key));

  // ----- courses -----

  app.get("/admin/learn", async (request, reply) => sendPage(reply, renderLearnAdminList(pageContext(request, reply), await repo.courses())));

  app.get("/admin/learn/new", async (request, reply) => sendPage(reply, renderLearnAdminNew(pageContext(request, reply), { locale: textLocale(request), values: { track: "victims", minutes: "30" } })));

  app.post("/admin/learn/new", async (request, reply) => {
    const locale = textLocale(request);
    const form = parseForm(NewCourseSchema, request.body);
    const errors: FieldErrors = form.ok ? {} : { ...form.errors };
    if (form.ok && (await repo.slugTaken(form.data.slug))) errors.slug = "admin.learn.error.slugTaken";
    if (!form.ok || Object.keys(errors).length) return sendPage(reply, renderLearnAdminNew(pageContext(request, reply), { locale, values: form.values, errors }), 400);
    const id = randomUUID();
    const at = now();
    const { slug, track, minutes, title, summary } = form.data;
    await repo.insertCourse({ id, slug, track, minutes, status: "draft", position: await repo.nextCoursePosition(), texts: JSON.stringify({ [locale]: { title, summary } }), created_at: at, updated_at: at });
    await record(request, "learn.course.create", "learn_course", id, { locale });
    setFlash(reply, "admin.learn.created");
    return reply.redirect(`/${request.locale}/admin/learn/${id}?in=${locale}`, 303);
  });

  app.get<Id>("/admin/learn/:id", async (request, reply) => showCourse(request, reply, await load(request.params.id)));

  app.post<Id>("/admin/learn/:id", async (request, reply) => {
    const o = await load(request.params.id);
    const locale = textLocale(request);
    const form = parseForm(CourseTextSchema, request.body);
    if (!form.ok) return showCourse(request, reply, o, { values: form.values, errors: form.errors }, 400);
    await repo.updateCourse(o.course.id, { texts: JSON.stringify({ ...o.texts, [locale]: form.data }), updated_at: now() });
    await record(request, "learn.course.text", "learn_course", o.course.id, { locale });
    setFlash(reply, "admin.learn.saved");
    return reply.redirect(courseUrl(request, o, locale), 303);
  });

  app.post<Id>("/admin/learn/:id/details", async (request, reply) => {
    const o = await load(request.params.id);
    const form = parseForm(CourseSharedSchema, request.body);
    const errors: FieldErrors = form.ok ? {} : { ...form.errors };
    if (form.ok && (await repo.slugTaken(form.data.slug, o.course.id))) errors.slug = "admin.learn.error.slugTaken";
    if (!form.ok || Object.keys(errors).length) return showCourse(request, reply, o, { shared: form.values, sharedErrors: errors }, 400);
    await repo.updateCourse(o.course.id, { ...form.data, updated_at: now() });
    await record(request, "learn.course.details", "learn_course", o.course.id, { slug: form.data.slug, track: form.data.track, minutes: form.data.minutes });
    setFlash(reply, "admin.learn.saved");
    return reply.redirect(courseUrl(request, o, textLocale(request)), 303);
  });

  app.post<Id>("/admin/learn/:id/status", async (request, reply) => {
    const o = await load(request.params.id);
    const status = firstString((request.body as Record<string, unknown>).status) === "published" ? "published" : "draft";
    if (status === "published") {
      // Publishable when complete in one language at least; otherwise say what the nearest language lacks.
      const missing = missingByLanguage(o);
      if (![...missing.values()].some((m) => m.length === 0)) {
        const order = fallbackLanguages(request.locale);
        const nearest = [...missing.entries()].sort((a, b) => a[1].length - b[1].length || order.indexOf(a[0]) - order.indexOf(b[0]))[0]!;
        return showCourse(request, reply, o, { incomplete: { locale: nearest[0], missing: nearest[1] } }, 400);
      }
    }
    await repo.updateCourse(o.course.id, { status, updated_at: now() });
    await record(request, status === "published" ? "learn.course.publish" : "learn.course.unpublish", "learn_course", o.course.id);
    setFlash(reply, status === "published" ? "admin.learn.published" : "admin.learn.unpublished");
    return reply.redirect(`/${request.locale}/admin/learn/${o.course.id}`, 303);
  });

  async function deletable(o: Outline): Promise<boolean> {
    return o.course.status === "draft" && (await repo.completionCount(o.course.id)) === 0;
  }

  app.get<Id>("/admin/learn/:id/delete", async (request, reply) => {
    const o = await load(request.params.id);
    if (!(await deletable(o))) {
      setFlash(reply, "admin.learn.deleteRefused");
      return reply.redirect(`/${request.locale}/admin/learn/${o.course.id}`, 303);
    }
    const ctx = pageContext(request, reply);
    const title = pick(o.texts, request.locale)?.text.title ?? o.course.slug;
    return sendPage(reply, renderLearnAdminConfirm(ctx, { title: ctx.t("admin.learn.deleteCourseTitle", { title }), lead: ctx.t("admin.learn.deleteCourseLead"), action: `/${request.locale}/admin/learn/${o.course.id}/delete`, back: `/${request.locale}/admin/learn/${o.course.id}` }));
  });

  app.post<Id>("/admin/learn/:id/delete", async (request, reply) => {
    const o = await load(request.params.id);
    if (!(await deletable(o))) {
      setFlash(reply, "admin.learn.deleteRefused");
      return reply.redirect(`/${request.locale}/admin/learn/${o.course.id}`, 303);
    }
    const files = materialKeys(o.lessons);
    await repo.deleteModules(o.modules.map((m) => m.row.id));
    await repo.deleteCourse(o.course.id);
    await erase(files);
    await record(request, "learn.course.delete", "learn_course", o.course.id, { slug: o.course.slug });
    setFlash(reply, "admin.learn.deleted");
    return reply.redirect(`/${request.locale}/admin/learn`, 303);
  });

  // ----- modules -----

  app.post<Id>("/admin/learn/:id/modules", async (request, reply) => {
    const o = await load(request.params.id);
    const locale = textLocale(request);
    const values = toValues(request.body);
    const form = parseForm(ModuleTextSchema, { title: values.module_title });
    if (!form.ok) return showCourse(request, reply, o, { moduleValues: { module_title: values.module_title }, moduleErrors: form.errors.title ? { module_title: form.errors.title } : {} }, 400);
    const id = randomUUID();
    await repo.insertModule({ id, course_id: o.course.id, position: o.modules.length ? Math.max(...o.modules.map((m) => m.row.position)) + 1 : 0, texts: JSON.stringify({ [locale]: form.data }) });
    await record(request, "learn.module.create", "learn_module", id, { course: o.course.id, locale });
    setFlash(reply, "admin.learn.moduleAdded");
    return reply.redirect(courseUrl(request, o, locale), 303);
  });

  app.get<ModuleId>("/admin/learn/:id/modules/:module", async (request, reply) => {
    const o = await load(request.params.id);
    const { mod, n } = moduleOf(o, request.params.module);
    const locale = textLocale(request);
    return sendPage(reply, renderLearnAdminModule(pageContext(request, reply), { o, module: mod, number: n, locale, values: { title: mod.texts[locale]?.title ?? "" } }));
  });

  app.post<ModuleId>("/admin/learn/:id/modules/:module", async (request, reply) => {
    const o = await load(request.params.id);
    const { mod, n } = moduleOf(o, request.params.module);
    const locale = textLocale(request);
    const form = parseForm(ModuleTextSchema, request.body);
    if (!form.ok) return sendPage(reply, renderLearnAdminModule(pageContext(request, reply), { o, module: mod, number: n, locale, values: form.values, errors: form.errors }), 400);
    await repo.updateModule(mod.row.id, { texts: JSON.stringify({ ...mod.texts, [locale]: form.data }) });
    await record(request, "learn.module.text", "learn_module", mod.row.id, { locale });
    setFlash(reply, "admin.learn.saved");
    return reply.redirect(courseUrl(request, o, locale), 303);
  });

  app.post<ModuleId>("/admin/learn/:id/modules/:module/move", async (request, reply) => {
    const o = await load(request.params.id);
    const { mod, n } = moduleOf(o, request.params.module);
    const form = parseForm(MoveSchema, request.body);
    if (!form.ok) throw notFound();
    await repo.reorder("learn_modules", moved(o.modules.map((m) => m.row.id), n - 1, form.data.direction));
    await record(request, "learn.module.move", "learn_module", mod.row.id, { direction: form.data.direction });
    setFlash(reply, "admin.learn.moved");
    return reply.redirect(courseUrl(request, o, textLocale(request)), 303);
  });

  app.get<ModuleId>("/admin/learn/:id/modules/:module/delete", async (request, reply) => {
    const o = await load(request.params.id);
    const { mod, n } = moduleOf(o, request.params.module);
    const ctx = pageContext(request, reply);
    const base = `/${request.locale}/admin/learn/${o.course.id}`;
    return sendPage(reply, renderLearnAdminConfirm(ctx, { title: ctx.t("admin.learn.deleteModuleTitle", { number: n }), lead: ctx.t("admin.learn.deleteModuleLead"), action: `${base}/modules/${mod.row.id}/delete`, back: base }));
  });

  app.post<ModuleId>("/admin/learn/:id/modules/:module/delete", async (request, reply) => {
    const o = await load(request.params.id);
    const { mod } = moduleOf(o, request.params.module);
    const files = materialKeys(mod.lessons);
    await repo.deleteModules([mod.row.id]);
    await repo.reorder("learn_modules", o.modules.filter((m) => m.row.id !== mod.row.id).map((m) => m.row.id));
    await erase(files);
    await record(request, "learn.module.delete", "learn_module", mod.row.id, { course: o.course.id });
    setFlash(reply, "admin.learn.deleted");
    return reply.redirect(courseUrl(request, o, textLocale(request)), 303);
  });

  // ----- lessons -----

  app.get<ModuleId>("/admin/learn/:id/modules/:module/lessons/new", async (request, reply) => {
    const o = await load(request.params.id);
    const { mod, n } = moduleOf(o, request.params.module);
    return sendPage(reply, renderLearnAdminNewLesson(pageContext(request, reply), { o, module: mod, number: n, locale: textLocale(request), values: {} }));
  });

  app.post<ModuleId>("/admin/learn/:id/modules/:module/lessons/new", async (request, reply) => {
    const o = await load(request.params.id);
    const { mod, n } = moduleOf(o, request.params.module);
    const locale = textLocale(request);
    const form = parseForm(NewLessonSchema, request.body);
    const errors: FieldErrors = form.ok ? {} : { ...form.errors };
    if (form.ok && (await repo.lessonSlugTaken(o.course.id, form.data.slug))) errors.slug = "admin.learn.error.lessonSlugTaken";
    if (!form.ok || Object.keys(errors).length) return sendPage(reply, renderLearnAdminNewLesson(pageContext(request, reply), { o, module: mod, number: n, locale, values: form.values, errors }), 400);
    const id = randomUUID();
    const position = mod.lessons.length ? Math.max(...mod.lessons.map((l) => l.row.position)) + 1 : 0;
    await repo.insertLesson({ id, module_id: mod.row.id, position, slug: form.data.slug, texts: JSON.stringify({ [locale]: { title: form.data.title, body: form.data.body } }), video_episode_id: null, material_url: null });
    await record(request, "learn.lesson.create", "learn_lesson", id, { course: o.course.id, locale });
    setFlash(reply, "admin.learn.lessonAdded");
    return reply.redirect(lessonUrl(request, o, id, locale), 303);
  });

  function showLesson(request: FastifyRequest, reply: FastifyReply, o: Outline, lesson: OutlineLesson, extra: { values?: FormValues; errors?: FieldErrors; fileError?: MessageKey }, episodes: { value: string; label: string }[]) {
    const locale = textLocale(request);
    const values = extra.values ?? { title: lesson.texts[locale]?.title ?? "", body: lesson.texts[locale]?.body ?? "", video: lesson.row.video_episode_id ?? "", material_url: lesson.row.material_url ?? "" };
    const status = extra.errors || extra.fileError ? 400 : 200;
    return sendPage(reply, renderLearnAdminLesson(pageContext(request, reply), { o, lesson, locale, values, errors: extra.errors, fileError: extra.fileError, episodes, maxBytes: config.mediaMaxBytes.document }), status);
  }

  app.get<LessonId>("/admin/learn/:id/lessons/:lesson", async (request, reply) => {
    const o = await load(request.params.id);
    return showLesson(request, reply, o, lessonOf(o, request.params.lesson), {}, await episodeOptions(request.locale));
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
      return showLesson(request, reply, o, lesson, { values: { ...form.values, ...shared.values }, errors }, episodes);
    }
    await repo.updateLesson(lesson.row.id, { texts: JSON.stringify({ ...lesson.texts, [locale]: form.data }), video_episode_id: video, material_url: shared.data.material_url || null });
    await record(request, "learn.lesson.text", "learn_lesson", lesson.row.id, { locale });
    setFlash(reply, "admin.learn.saved");
    return reply.redirect(lessonUrl(request, o, lesson.row.id, locale), 303);
  });

  app.post<LessonId>("/admin/learn/:id/lessons/:lesson/move", async (request, reply) => {
    const o = await load(request.params.id);
    const lesson = lessonOf(o, request.params.lesson);
    const form = parseForm(MoveSchema, request.body);
    if (!form.ok) throw notFound();
    const siblings = o.modules.find((m) => m.row.id === lesson.moduleId)!.lessons.map((l) => l.row.id);
    await repo.reorder("learn_lessons", moved(siblings, siblings.indexOf(lesson.row.id), form.data.direction));
    await record(request, "learn.lesson.move", "learn_lesson", lesson.row.id, { direction: form.data.direction });
    setFlash(reply, "admin.learn.moved");
    return reply.redirect(courseUrl(request, o, textLocale(request)), 303);
  });

  app.get<LessonId>("/admin/learn/:id/lessons/:lesson/delete", async (request, reply) => {
    const o = await load(request.params.id);
    const lesson = lessonOf(o, request.params.lesson);
    const ctx = pageContext(request, reply);
    const base = `/${request.locale}/admin/learn/${o.course.id}`;
    const title = pick(lesson.texts, request.locale)?.text.title ?? lesson.row.slug;
    return sendPage(reply, renderLearnAdminConfirm(ctx, { title: ctx.t("admin.learn.deleteLessonTitle", { title }), lead: ctx.t("admin.learn.deleteLessonLead"), action: `${base}/lessons/${lesson.row.id}/delete`, back: base }));
  });

  app.post<LessonId>("/admin/learn/:id/lessons/:lesson/delete", async (request, reply) => {
    const o = await load(request.params.id);
    const lesson = lessonOf(o, request.params.lesson);
    await repo.deleteLessons([lesson.row.id]);
    await erase(materialKeys([lesson]));
    await record(request, "learn.lesson.delete", "learn_lesson", lesson.row.id, { course: o.course.id, slug: lesson.row.slug });
    setFlash(reply, "admin.learn.deleted");
    return reply.redirect(courseUrl(request, o, textLocale(request)), 303);
  });

  // ----- a lesson's file, one per language -----

  app.post<LessonId>("/admin/learn/:id/lessons/:lesson/material", async (request, reply) => {
    const o = await load(request.params.id);
    const lesson = lessonOf(o, request.params.lesson);
    const locale = textLocale(request);
    const got = request.uploads.file;
    let error: MessageKey | undefined;
    if (!lesson.texts[locale]) error = "admin.learn.material.needText";
    else if (!got) error = "admin.learn.material.error.missing";
    else if (!got.ok) error = `admin.learn.material.error.${got.reason}` as MessageKey;
    if (error || !got?.ok || got.kind === "text") return showLesson(request, reply, o, lesson, { fileError: error ?? "admin.learn.material.error.missing" }, await episodeOptions(request.locale));
    const key = `learn/${lesson.row.id}/${randomBytes(8).toString("hex")}.${got.ext}`;
    await storage.put(key, got.path, { contentType: got.mime });
    const old = await repo.saveMaterial({ lesson_id: lesson.row.id, locale, file_key: key, content_type: got.mime, ext: got.ext, bytes: got.size, created_at: now() });
    if (old) await erase([old.file_key]);
    await record(request, old ? "learn.material.replace" : "learn.material.upload", "learn_lesson", lesson.row.id, { locale, bytes: got.size, type: got.mime });
    setFlash(reply, "admin.learn.material.uploaded");
    return reply.redirect(lessonUrl(request, o, lesson.row.id, locale), 303);
  });

  app.post<LessonId>("/admin/learn/:id/lessons/:lesson/material/delete", async (request, reply) => {
    const o = await load(request.params.id);
    const lesson = lessonOf(o, request.params.lesson);
    const locale = textLocale(request);
    const material = lesson.materials.find((m) => m.locale === locale);
    if (!material) throw notFound();
    await repo.deleteMaterial(lesson.row.id, locale);
    await erase([material.file_key]);
    await record(request, "learn.material.remove", "learn_lesson", lesson.row.id, { locale });
    setFlash(reply, "admin.learn.material.removed");
    return reply.redirect(lessonUrl(request, o, lesson.row.id, locale), 303);
  });

  // ----- quizzes -----

  function quizOf(o: Outline, raw: string) {
    const n = Number(raw);
    const mod = Number.isInteger(n) ? o.modules[n - 1] : undefined;
    if (!mod?.quiz) throw notFound();
    return { mod, n };
  }

  function quizValues(mod: OutlineModule, locale: Locale): FormValues {
    const quiz = mod.quiz!;
    const values: FormValues = { pass_mark: String(quiz.row.pass_mark) };
    for (const q of quiz.questions) {
      values[`prompt-${q.id}`] = q.texts[locale]?.prompt ?? "";
      values[`kind-${q.id}`] = q.kind;
      values[`right-${q.id}`] = q.answers.filter((a) => a.correct).map((a) => a.id);
      for (const a of q.answers) {
        values[`answer-${q.id}-${a.id}`] = a.texts[locale]?.text ?? "";
        values[`feedback-${q.id}-${a.id}`] = a.texts[locale]?.feedback ?? "";
      }
    }
    return values;
  }

  app.post<ModuleId>("/admin/learn/:id/modules/:module/quiz", async (request, reply) => {
    const o = await load(request.params.id);
    const { mod, n } = moduleOf(o, request.params.module);
    const locale = textLocale(request);
    if (!mod.quiz) {
      const id = randomUUID();
      await repo.insertQuiz({ id, module_id: mod.row.id, pass_mark: 75, questions: JSON.stringify([newQuestion()]) });
      await record(request, "learn.quiz.create", "learn_quiz", id, { course: o.course.id });
      setFlash(reply, "admin.learn.quizAdded");
    }
    return reply.redirect(`/${request.locale}/admin/learn/${o.course.id}/quiz/${n}?in=${locale}`, 303);
  });

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
    await record(request, "learn.quiz.text", "learn_quiz", mod.quiz!.row.id, { locale, right: Object.fromEntries(parsed.questions.map((q) => [q.id, q.answers.filter((a) => a.correct).map((a) => a.id)])) });
    setFlash(reply, "admin.learn.saved");
    return reply.redirect(`/${request.locale}/admin/learn/${o.course.id}/quiz/${n}?in=${locale}`, 303);
  });

  /** Adds, moves and deletes questions and answers: op is add, up:<q>, down:<q>, delete:<q>, answer:<q> or drop:<q>:<a>. */
  app.post<QuizN>("/admin/learn/:id/quiz/:module/structure", async (request, reply) => {
    const o = await load(request.params.id);
    const { mod, n } = quizOf(o, request.params.module);
    const [verb, qid, aid] = (firstString((request.body as Record<string, unknown>).op) ?? "").split(":");
    let questions = mod.quiz!.questions;
    const qi = questions.findIndex((q) => q.id === qid);
    const q = questions[qi];
    if (verb === "add") questions = [...questions, newQuestion()];
    else if (!q) throw notFound();
    else if (verb === "up" || verb === "down") questions = moved(questions, qi, verb);
    else if (verb === "delete" && questions.length > 1) questions = questions.filter((x) => x.id !== qid);
    else if (verb === "answer") questions = questions.map((x) => (x.id === qid ? { ...x, answers: [...x.answers, { id: shortId("a"), correct: false, texts: {} }] } : x));
    else if (verb === "drop" && q.answers.length > 2 && q.answers.some((a) => a.id === aid)) questions = questions.map((x) => (x.id === qid ? { ...x, answers: x.answers.filter((a) => a.id !== aid) } : x));
    else throw notFound();
    await repo.updateQuiz(mod.quiz!.row.id, { questions: JSON.stringify(questions) });
    await record(request, "learn.quiz.structure", "learn_quiz", mod.quiz!.row.id, { op: verb, question: qid ?? null, answer: aid ?? null });
    setFlash(reply, "admin.learn.quizChanged");
    return reply.redirect(`/${request.locale}/admin/learn/${o.course.id}/quiz/${n}?in=${textLocale(request)}`, 303);
  });

  // Previews show a lesson or quiz as a reader would see it in the page's language, draft or not.
  app.get<LessonId>("/admin/learn/:id/lessons/:lesson/preview", async (request, reply) => {
    const o = await load(request.params.id);
    const lesson = lessonOf(o, request.params.lesson);
    if (!pick(lesson.texts, request.locale)) throw notFound();
    const player = await lessonPlayer(app.services, lesson, reply);
    return sendPage(reply, renderLesson(pageContext(request, reply), { o, lesson, learner: null, done: false, video: player, prev: null, next: null, preview: true }));
  });

  app.get<QuizN>("/admin/learn/:id/quiz/:module/preview", async (request, reply) => {
    const o = await load(request.params.id);
    const { mod, n } = quizOf(o, request.params.module);
    return sendPage(reply, renderQuiz(pageContext(request, reply), { o, module: mod, number: n, learner: null, action: `/${request.locale}/admin/learn/${o.course.id}/quiz/${n}/preview`, preview: true }));
  });
};
