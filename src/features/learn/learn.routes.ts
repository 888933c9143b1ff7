import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { translator } from "../../i18n/i18n.ts";
import { isLocale } from "../../i18n/locales.ts";
import { pageContext, setFlash, siteOrigin } from "../../web/context.ts";
import { notFound } from "../../web/errors.ts";
import { parseForm, toValues } from "../../web/forms.ts";
import { markPrivate, sendPage } from "../../web/render.ts";
import { can } from "../../web/auth.ts";
import { PUBLISHED_MEDIA_CACHE, STAFF_MEDIA_CACHE, sendStoredMedia } from "../../web/send-media.ts";
import { signedInStaff } from "../../web/session.ts";
import type { LearnerRow } from "./learn.repo.ts";
import { lessonPlayer } from "./learn.video.ts";
import { DisplayNameSchema, normaliseCode, SignInSchema } from "./learn.schema.ts";
import { learnService, LINK_MINUTES, pick, scoreQuiz, SESSION_MAX_DAYS, type Outline } from "./learn.service.ts";
import { certificatePdf } from "./learn.pdf.ts";
import { coursePath, lessonPath, quizPath, renderAccount, renderCourse, renderLearnIndex, renderLesson, renderMessage, renderQuiz, renderSignIn, renderSignInConfirm, renderVerify } from "./learn.views.tsx";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;
type Course = { Params: { lang: string; slug: string } };
type Lesson = { Params: { lang: string; slug: string; lesson: string } };
type Quiz = { Params: { lang: string; slug: string; module: string } };
type Token = { Params: { lang: string; token: string } };

export function learnerCookieName(app: FastifyInstance): string {
  return app.services.config.cookieSecure ? "__Host-vsp_learner" : "vsp_learner";
}

/** Answers from a posted quiz form: "q-<question id>" → chosen answer ids. */
export function quizAnswers(body: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(toValues(body))) {
    if (!k.startsWith("q-") || v === undefined) continue;
    out[k.slice(2)] = Array.isArray(v) ? v : [v];
  }
  return out;
}

/** Courses for anyone; learners who sign in with an e-mailed link keep their progress and get a certificate. */
export const learnRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock, keys, mailer, config } = app.services;
  const learn = learnService({ db, clock, fieldKey: keys.field, mailer });
  const repo = learn.repo;
  const COOKIE = learnerCookieName(app);

  app.addHook("onSend", async (request, reply, payload) => {
    if (/\/learn\/(sign-in|account|sign-out)|certificate/.test(request.url)) {
      markPrivate(reply);
    }
    return payload;
  });

  async function currentLearner(request: FastifyRequest): Promise<LearnerRow | null> {
    const sid = request.cookies[COOKIE];
    if (!sid || !TOKEN.test(sid)) return null;
    return learn.learnerForSession(sid);
  }

  async function published(slug: string): Promise<Outline> {
    if (!SLUG.test(slug)) throw notFound();
    const course = await repo.courseBySlug(slug);
    if (!course || course.status !== "published") throw notFound();
    const o = await learn.outline(course);
    if (Object.keys(o.texts).length === 0) throw notFound();
    return o;
  }

  async function showCourse(request: FastifyRequest<Course>, reply: FastifyReply, extra: { values?: Record<string, string>; errors?: Record<string, never> } | { values: Record<string, string | string[] | undefined>; errors: object } = {}) {
    const o = await published(request.params.slug);
    const learner = await currentLearner(request);
    const progress = learner ? await learn.progress(learner.id, o) : null;
    const completion = learner ? ((await repo.completion(learner.id, o.course.id)) ?? null) : null;
    const status = "errors" in extra && extra.errors ? 400 : 200;
    return sendPage(reply, renderCourse(pageContext(request, reply), { o, learner, progress, completion, ...(extra as object) }), status);
  }

  app.get("/learn", async (request, reply) => sendPage(reply, renderLearnIndex(pageContext(request, reply), await repo.courses("published"), await currentLearner(request))));

  app.get<Course>("/learn/courses/:slug", async (request, reply) => showCourse(request, reply));

  app.get<Lesson>("/learn/courses/:slug/lessons/:lesson", async (request, reply) => {
    const o = await published(request.params.slug);
    const i = o.lessons.findIndex((x) => x.row.slug === request.params.lesson);
    const lesson = o.lessons[i];
    if (!lesson || !pick(lesson.texts, request.locale)) throw notFound();
    const learner = await currentLearner(request);
    // Reading a lesson while signed in marks it done.
    if (learner) await learn.markDone(learner.id, o, lesson.row.id, request.locale);
    const l = request.locale;
    const label = (x: (typeof o.lessons)[number]) => pick(x.texts, l)?.text.title ?? "";
    const prevLesson = o.lessons[i - 1];
    const nextLesson = o.lessons[i + 1];
    const mi = o.modules.findIndex((m) => m.row.id === lesson.moduleId);
    const mod = o.modules[mi]!;
    const lastInModule = mod.lessons.at(-1)?.row.id === lesson.row.id;
    const next = lastInModule && mod.quiz ? { href: quizPath(l, o.course.slug, mi + 1), label: translator(l)("learn.quiz.title", { number: mi + 1 }) } : nextLesson ? { href: lessonPath(l, o.course.slug, nextLesson.row.slug), label: label(nextLesson) } : null;
    const video = await lessonPlayer(app.services, lesson, reply);
    return sendPage(
      reply,
      renderLesson(pageContext(request, reply), { o, lesson, learner, done: Boolean(learner), video, prev: prevLesson ? { href: lessonPath(l, o.course.slug, prevLesson.row.slug), label: label(prevLesson) } : null, next }),
    );
  });

  function quizOf(o: Outline, raw: string) {
    const n = Number(raw);
    const mod = Number.isInteger(n) ? o.modules[n - 1] : undefined;
    if (!mod?.quiz) throw notFound();
    return { mod, n };
  }

  function afterQuiz(o: Outline, n: number, l: string) {
    const nextMod = o.modules[n];
    const first = nextMod?.lessons[0];
    return first ? lessonPath(l, o.course.slug, first.row.slug) : coursePath(l, o.course.slug);
  }

  app.get<Quiz>("/learn/courses/:slug/quiz/:module", async (request, reply) => {
    const o = await published(request.params.slug);
    const { mod, n } = quizOf(o, request.params.module);
    return sendPage(reply, renderQuiz(pageContext(request, reply), { o, module: mod, number: n, learner: await currentLearner(request), action: quizPath(request.locale, o.course.slug, n) }));
  });

  app.post<Quiz>("/learn/courses/:slug/quiz/:module", async (request, reply) => {
    const o = await published(request.params.slug);
    const { mod, n } = quizOf(o, request.params.module);
    const result = scoreQuiz(mod.quiz!.row, mod.quiz!.questions, quizAnswers(request.body));
    const learner = await currentLearner(request);
    if (learner) await learn.recordAttempt(learner.id, o, mod.quiz!.row, result, request.locale);
    reply.header("Cache-Control", "no-store");
    return sendPage(reply, renderQuiz(pageContext(request, reply), { o, module: mod, number: n, learner, result, action: quizPath(request.locale, o.course.slug, n), next: afterQuiz(o, n, request.locale) }));
  });

  app.post<Course>("/learn/courses/:slug/certificate-name", async (request, reply) => {
    const o = await published(request.params.slug);
    const learner = await currentLearner(request);
    const completion = learner ? await repo.completion(learner.id, o.course.id) : undefined;
    if (!learner || !completion) throw notFound();
    const form = parseForm(DisplayNameSchema, request.body);
    if (!form.ok) return showCourse(request, reply, { values: form.values, errors: form.errors });
    const name = form.data.display_name || null;
    await repo.updateCompletion(completion.id, { display_name: name });
    await repo.updateLearner(learner.id, { display_name: name });
    setFlash(reply, "learn.certificate.nameSaved");
    return reply.redirect(coursePath(request.locale, o.course.slug), 303);
  });

  app.get<Course>("/learn/courses/:slug/certificate.pdf", async (request, reply) => {
    const o = await published(request.params.slug);
    const learner = await currentLearner(request);
    const completion = learner ? await repo.completion(learner.id, o.course.id) : undefined;
    if (!completion) throw notFound();
    const l = request.locale;
    const pdf = await certificatePdf(l, { courseTitle: pick(o.texts, l)!.text.title, completion, verifyUrl: `${siteOrigin(request)}/${l}/learn/verify` });
    return reply.type("application/pdf").header("Content-Disposition", `attachment; filename="certificate-${o.course.slug}.pdf"`).send(pdf);
  });

  app.get("/learn/sign-in", async (request, reply) => sendPage(reply, renderSignIn(pageContext(request, reply), { values: {} })));

  app.post("/learn/sign-in", { config: { rateLimit: { max: 10, timeWindow: "1 hour" } } }, async (request, reply) => {
    const form = parseForm(SignInSchema, request.body);
    if (!form.ok) {
      // A filled honeypot is a robot: it is answered as if all went well, and nothing is sent.
      if (form.errors.website && !form.errors.email) return reply.redirect(`/${request.locale}/learn/sign-in/check`, 303);
      return sendPage(reply, renderSignIn(pageContext(request, reply), { values: { email: form.values.email }, errors: { email: form.errors.email } }), 400);
    }
    await learn.requestLink(form.data.email, request.locale, siteOrigin(request));
    return reply.redirect(`/${request.locale}/learn/sign-in/check`, 303);
  });

  app.get("/learn/sign-in/check", async (request, reply) => {
    const ctx = pageContext(request, reply);
    return sendPage(reply, renderMessage(ctx, "learn.signIn.checkTitle", ctx.t("learn.signIn.checkBody", { minutes: LINK_MINUTES })));
  });

  app.get<Token>("/learn/sign-in/:token", async (request, reply) => {
    if (!TOKEN.test(request.params.token)) throw notFound();
    return sendPage(reply, renderSignInConfirm(pageContext(request, reply), `/${request.locale}/learn/sign-in/${request.params.token}`));
  });

  app.post<Token>("/learn/sign-in/:token", async (request, reply) => {
    const r = TOKEN.test(request.params.token) ? await learn.useLink(request.params.token) : ({ failed: "unknown" } as const);
    if ("failed" in r) {
      const ctx = pageContext(request, reply);
      return sendPage(reply, renderMessage(ctx, "learn.signIn.expiredTitle", ctx.t("learn.signIn.expiredBody")), r.failed === "expired" ? 410 : 404);
    }
    reply.setCookie(COOKIE, r.sessionId, { path: "/", httpOnly: true, sameSite: "lax", secure: config.cookieSecure, maxAge: SESSION_MAX_DAYS * 86_400 });
    setFlash(reply, "learn.signIn.done");
    return reply.redirect(`/${request.locale}/learn/account`, 303);
  });

  app.post("/learn/sign-out", async (request, reply) => {
    const sid = request.cookies[COOKIE];
    if (sid) await learn.signOut(sid);
    reply.clearCookie(COOKIE, { path: "/" });
    setFlash(reply, "learn.signedOut");
    return reply.redirect(`/${request.locale}/learn`, 303);
  });

  app.get("/learn/account", async (request, reply) => {
    const learner = await currentLearner(request);
    if (!learner) return reply.redirect(`/${request.locale}/learn/sign-in`, 303);
    const started = await learn.startedCourses(learner.id, await repo.courses("published"));
    const courses = started.map(({ outline: o, progress: p, completion }) => ({ course: o.course, title: pick(o.texts, request.locale)?.text.title ?? o.course.slug, completion, doneCount: p.doneCount, total: o.lessons.length }));
    return sendPage(reply, renderAccount(pageContext(request, reply), { courses }));
  });

  app.post("/learn/account/delete", async (request, reply) => {
    const learner = await currentLearner(request);
    if (learner) await repo.deleteLearner(learner.id);
    reply.clearCookie(COOKIE, { path: "/" });
    const ctx = pageContext(request, reply);
    return sendPage(reply, renderMessage(ctx, "learn.account.deletedTitle", ctx.t("learn.account.deletedBody")));
  });

  app.get("/learn/verify", { config: { rateLimit: { max: 30, timeWindow: "1 minute" } } }, async (request, reply) => {
    const raw = (request.query as { code?: unknown }).code;
    const ctx = pageContext(request, reply);
    if (typeof raw !== "string" || raw.trim() === "") return sendPage(reply, renderVerify(ctx, { state: "form" }));
    const code = normaliseCode(raw);
    if (!code) return sendPage(reply, renderVerify(ctx, { state: "malformed", code: raw.slice(0, 40) }), 400);
    const found = await learn.verify(code);
    if (!found) return sendPage(reply, renderVerify(ctx, { state: "unknown", code: raw.slice(0, 40) }), 404);
    const title = pick(found.texts, isLocale(found.completion.language) ? found.completion.language : request.locale)!;
    return sendPage(reply, renderVerify(ctx, { state: "valid", code: raw.slice(0, 40), title: title.text.title, titleLocale: title.locale, date: found.completion.completed_at, name: found.completion.display_name }));
  });
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Lessons' files. Public (and cached) once the course is published; before that, only signed-in staff
 * who author courses get them (preview), never cached. Offered as downloads, in the send-media sandbox.
 */
export const learnFilesRoutes: FastifyPluginAsync = async (app) => {
  const { db, storage, clock, keys, mailer } = app.services;
  const repo = learnService({ db, clock, fieldKey: keys.field, mailer }).repo;

  app.get<{ Params: { lesson: string; name: string } }>("/media/learn/:lesson/:name", async (request, reply) => {
    const { lesson, name } = request.params;
    if (!UUID.test(lesson) || !/^[a-z0-9]{16}\.[a-z0-9]{1,5}$/.test(name)) throw notFound();
    const owner = await repo.lessonCourse(lesson);
    if (!owner) throw notFound();
    const material = (await repo.materials([lesson])).find((m) => m.file_key === `learn/${lesson}/${name}`);
    if (!material) throw notFound();
    let cacheControl = PUBLISHED_MEDIA_CACHE;
    if (owner.status !== "published") {
      const staff = await signedInStaff(request);
      if (!staff || !can(staff, "learn.manage")) throw notFound();
      cacheControl = STAFF_MEDIA_CACHE;
    }
    return sendStoredMedia(request, reply, storage, material.file_key, { cacheControl, etag: material.file_key, downloadName: `${owner.lesson_slug}-${material.locale}.${material.ext}` });
  });
};
