import { formatBytes, formatDate, languageName } from "../../i18n/format.ts";
import { foreignText, isLocale, textDirection, type Locale } from "../../i18n/locales.ts";
import { Breadcrumbs, CsrfField, ErrorSummary, TextInput } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import { markdownToSafeHtml, TrustedHtml } from "../../views/markdown.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import type { CompletionRow, CourseRow, LearnerRow } from "./learn.repo.ts";
import { formatCode, TRACKS, trackKey, trackLeadKey, type CourseText, type QuizQuestion } from "./learn.schema.ts";
import { materialUrl, parseTexts, pick, pickMaterial, type Outline, type OutlineLesson, type OutlineModule, type QuizResult } from "./learn.service.ts";
import type { LessonVideo } from "./learn.video.ts";
import { EpisodePlayer } from "../videos/videos.player.tsx";

export interface Progress { done: Set<string>; passed: Set<string>; best: Map<string, { score: number; total: number }>; complete: boolean; doneCount: number }

const base = (ctx: PageContext) => `/${ctx.locale}/learn`;
export const coursePath = (l: string, slug: string) => `/${l}/learn/courses/${slug}`;
export const lessonPath = (l: string, slug: string, lesson: string) => `/${l}/learn/courses/${slug}/lessons/${lesson}`;
export const quizPath = (l: string, slug: string, module: number) => `/${l}/learn/courses/${slug}/quiz/${module}`;

function crumbs(ctx: PageContext, o?: Outline) {
  const items = [{ href: base(ctx), label: ctx.t("learn.title") }];
  if (o) items.push({ href: coursePath(ctx.locale, o.course.slug), label: pick(o.texts, ctx.locale)?.text.title ?? o.course.slug });
  return <Breadcrumbs ctx={ctx} items={items} />;
}

/** Who is signed in, with sign-out; or the offer to keep progress. */
function LearnerBar({ ctx, learner }: { ctx: PageContext; learner: LearnerRow | null }) {
  const t = ctx.t;
  if (!learner) {
    return (
      <p class="learn-bar">
        {t("learn.anonymous.note")} <a href={`${base(ctx)}/sign-in`}>{t("learn.anonymous.keep")}</a>
      </p>
    );
  }
  return (
    <div class="learn-bar">
      <p>
        {t("learn.signedIn")} <a href={`${base(ctx)}/account`}>{t("learn.account.title")}</a>
      </p>
      <form method="post" action={`${base(ctx)}/sign-out`} class="inline-form">
        <CsrfField ctx={ctx} />
        <button type="submit" class="button button-secondary">{t("learn.signOut")}</button>
      </form>
    </div>
  );
}

/** Tracks and their published courses. */
export function renderLearnIndex(ctx: PageContext, courses: CourseRow[], learner: LearnerRow | null) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("learn.title")} description={t("learn.lead")}>
      <h1>{t("learn.title")}</h1>
      <p class="lead">{t("learn.lead")}</p>
      <LearnerBar ctx={ctx} learner={learner} />
      {TRACKS.map((track) => {
        const list = courses.filter((c) => c.track === track);
        return (
          <section aria-labelledby={`track-${track}`}>
            <h2 id={`track-${track}`}>{t(trackKey(track))}</h2>
            <p>{t(trackLeadKey(track))}</p>
            {list.length === 0 ? <p>{t("learn.noCourses")}</p> : null}
            <ul class="item-list">
              {list.map((c) => {
                const text = pick(parseTexts<CourseText>(c.texts), l);
                if (!text) return null;
                return (
                  <li {...foreignText(l, text.locale)}>
                    <h3>
                      <a href={coursePath(l, c.slug)}>{text.text.title}</a>
                    </h3>
                    <p>{text.text.summary}</p>
                    <p class="meta">{t("learn.minutes", { minutes: c.minutes })}</p>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      <p>
        <a href={`${base(ctx)}/verify`}>{t("learn.verify.link")}</a>
      </p>
    </Layout>
  );
}

function moduleTitle(ctx: PageContext, m: OutlineModule, i: number) {
  return pick(m.texts, ctx.locale)?.text.title ?? ctx.t("learn.module", { number: i + 1 });
}

/** The course outline, with the learner's progress and, once complete, the certificate. */
export function renderCourse(ctx: PageContext, v: { o: Outline; learner: LearnerRow | null; progress: Progress | null; completion: CompletionRow | null; values?: FormValues; errors?: FieldErrors }) {
  const t = ctx.t;
  const l = ctx.locale;
  const { o, progress } = v;
  const text = pick(o.texts, l)!;
  return (
    <Layout ctx={ctx} title={text.text.title} description={text.text.summary} hasErrors={Boolean(v.errors)}>
      {crumbs(ctx)}
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} /> : null}
      <div {...foreignText(l, text.locale)}>
        <h1>{text.text.title}</h1>
        <p class="lead">{text.text.summary}</p>
      </div>
      <p class="meta">
        {t(trackKey(o.course.track))} · {t("learn.minutes", { minutes: o.course.minutes })}
      </p>
      <LearnerBar ctx={ctx} learner={v.learner} />
      {progress ? <p>{t("learn.progress", { done: progress.doneCount, total: o.lessons.length })}</p> : null}
      {v.completion ? (
        <section class="learn-callout learn-callout-success" aria-labelledby="certificate-heading">
          <h2 id="certificate-heading">{t("learn.complete.title")}</h2>
          <p>{t("learn.complete.body", { date: formatDate(l, v.completion.completed_at.slice(0, 10)) })}</p>
          <p>
            {t("learn.certificate.code")} <strong dir="ltr" class="learn-code">{formatCode(v.completion.code)}</strong>
          </p>
          <form method="post" action={`${coursePath(l, o.course.slug)}/certificate-name`} novalidate>
            <CsrfField ctx={ctx} />
            <TextInput ctx={ctx} name="display_name" label={t("learn.certificate.name")} hint={t("learn.certificate.nameHint")} values={v.values ?? { display_name: v.completion.display_name ?? "" }} errors={v.errors} autocomplete="name" />
            <button type="submit" class="button button-secondary">{t("learn.certificate.saveName")}</button>
          </form>
          <p>
            <a href={`${coursePath(l, o.course.slug)}/certificate.pdf`} download>{t("learn.certificate.download")}</a>
          </p>
        </section>
      ) : null}
      <h2>{t("learn.outline")}</h2>
      <ol class="learn-outline">
        {o.modules.map((m, i) => (
          <li>
            <h3>{moduleTitle(ctx, m, i)}</h3>
            <ol>
              {m.lessons.map((lesson) => {
                const lt = pick(lesson.texts, l);
                const done = progress?.done.has(lesson.row.id);
                return (
                  <li {...foreignText(l, lt?.locale)}>
                    <a href={lessonPath(l, o.course.slug, lesson.row.slug)}>{lt?.text.title}</a>
                    {done ? <span class="tag">{t("learn.done")}</span> : null}
                  </li>
                );
              })}
              {m.quiz ? (
                <li>
                  <a href={quizPath(l, o.course.slug, i + 1)}>{t("learn.quiz.title", { number: i + 1 })}</a>
                  {progress?.passed.has(m.quiz.row.id) ? <span class="tag">{t("learn.quiz.passedTag")}</span> : null}
                </li>
              ) : null}
            </ol>
          </li>
        ))}
      </ol>
      {o.lessons[0] && !v.completion ? (
        <p>
          <a class="button" href={lessonPath(l, o.course.slug, o.lessons[0].row.slug)}>{t("learn.start")}</a>
        </p>
      ) : null}
    </Layout>
  );
}

export interface LessonView {
  o: Outline;
  lesson: OutlineLesson;
  prev: { href: string; label: string } | null;
  next: { href: string; label: string } | null;
  learner: LearnerRow | null;
  done: boolean;
  video: LessonVideo | null;
  preview?: boolean;
}

/** A lesson: its text (Markdown through the sanitiser), video and material links, previous and next. */
export function renderLesson(ctx: PageContext, v: LessonView) {
  const t = ctx.t;
  const l = ctx.locale;
  const text = pick(v.lesson.texts, l)!;
  const material = pickMaterial(v.lesson.materials, l);
  const body = (
    <article {...foreignText(l, text.locale)}>
      <h1>{text.text.title}</h1>
      <TrustedHtml class="prose" html={markdownToSafeHtml(text.text.body)} />
    </article>
  );
  return (
    <Layout ctx={ctx} title={text.text.title} area={v.preview ? "admin" : "public"} noindex={v.preview}>
      {v.preview ? <p class="learn-callout">{t("admin.learn.previewNote")}</p> : crumbs(ctx, v.o)}
      {body}
      {v.video ? (
        <section class="lesson-video" aria-labelledby="lesson-video-title">
          <h2 id="lesson-video-title">{t("learn.lesson.videoTitle")}</h2>
          <EpisodePlayer ctx={ctx} ep={v.video.episode} title={v.video.titleFor(l)} id="lesson-player" />
          <p>
            <a href={`/${l}/videos/${v.video.seriesSlug}/${v.video.episode.slug}`}>{t("learn.lesson.videoPage")}</a>
          </p>
        </section>
      ) : null}
      {material || v.lesson.row.material_url ? (
        <section aria-labelledby="lesson-material-title">
          <h2 id="lesson-material-title">{t("learn.lesson.materialTitle")}</h2>
          <ul class="download-list">
            {material ? (
              <li>
                <a href={materialUrl(material)} download dir="ltr">{`${v.lesson.row.slug}-${material.locale}.${material.ext}`}</a>{" "}
                <span class="meta" dir={textDirection(l)}>
                  ({t("learn.lesson.fileMeta", { format: material.ext.toUpperCase(), size: formatBytes(l, material.bytes) })}
                  {material.locale !== l && isLocale(material.locale) ? <>, {t("learn.lesson.fileIn", { language: languageName(l, material.locale) })}</> : null})
                </span>
              </li>
            ) : null}
            {v.lesson.row.material_url ? (
              <li>
                <a href={v.lesson.row.material_url}>{t("learn.lesson.material")}</a>
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}
      {v.preview ? null : (
        <>
          {v.learner ? <p class="meta">{v.done ? t("learn.lesson.saved") : ""}</p> : <LearnerBar ctx={ctx} learner={null} />}
          <nav class="learn-pager" aria-label={t("learn.lesson.pager")}>
            {v.prev ? <a href={v.prev.href} rel="prev">{t("learn.lesson.prev", { title: v.prev.label })}</a> : <span />}
            {v.next ? <a href={v.next.href} rel="next">{t("learn.lesson.next", { title: v.next.label })}</a> : null}
          </nav>
        </>
      )}
    </Layout>
  );
}

function questionText(q: QuizQuestion, l: Locale) {
  return pick(q.texts, l);
}

/** A quiz; after posting, each question with whether it was right and the feedback for each chosen answer. */
export function renderQuiz(ctx: PageContext, v: { o: Outline; module: OutlineModule; number: number; learner: LearnerRow | null; result?: QuizResult; action: string; preview?: boolean; next?: string | null }) {
  const t = ctx.t;
  const l = ctx.locale;
  const quiz = v.module.quiz!;
  const title = t("learn.quiz.title", { number: v.number });
  const r = v.result;
  return (
    <Layout ctx={ctx} title={title} area={v.preview ? "admin" : "public"} noindex={v.preview}>
      {v.preview ? <p class="learn-callout">{t("admin.learn.previewNote")}</p> : crumbs(ctx, v.o)}
      <h1>{title}</h1>
      <p>{t("learn.quiz.lead", { count: quiz.questions.length, mark: quiz.row.pass_mark })}</p>
      {r ? (
        <div class={`learn-callout${r.passed ? " learn-callout-success" : ""}`} role="status">
          <h2>{t("learn.quiz.score", { score: r.score, total: r.total })}</h2>
          <p>{r.passed ? t("learn.quiz.passed") : t("learn.quiz.notPassed", { mark: r.passMark })}</p>
          {!v.learner && !v.preview ? (
            <p>
              {t("learn.quiz.notKept")} <a href={`/${l}/learn/sign-in`}>{t("learn.anonymous.keep")}</a>
            </p>
          ) : null}
          {v.learner && !v.preview ? <p>{t("learn.quiz.kept")}</p> : null}
          {v.next && r.passed ? <p><a href={v.next}>{t("learn.quiz.continue")}</a></p> : null}
        </div>
      ) : null}
      <form method="post" action={v.action} novalidate>
        <CsrfField ctx={ctx} />
        {quiz.questions.map((q, qi) => {
          const qt = questionText(q, l);
          const res = r?.results.find((x) => x.question.id === q.id);
          const name = `q-${q.id}`;
          return (
            <fieldset class="quiz-question" {...foreignText(l, qt?.locale)}>
              <legend>
                {qi + 1}. {qt?.text.prompt}
              </legend>
              <p class="hint">{q.kind === "single" ? t("learn.quiz.single") : t("learn.quiz.multiple")}</p>
              {res ? <p class={res.correct ? "quiz-right" : "quiz-wrong"}>{res.correct ? t("learn.quiz.right") : res.partly ? t("learn.quiz.partly") : t("learn.quiz.wrong")}</p> : null}
              <div class="choices">
                {q.answers.map((a) => {
                  const at = pick(a.texts, l);
                  const id = `${name}-${a.id}`;
                  const chosen = res?.chosen.includes(a.id) ?? false;
                  return (
                    <div class="choice">
                      <input type={q.kind === "single" ? "radio" : "checkbox"} id={id} name={name} value={a.id} checked={chosen} aria-describedby={chosen ? `${id}-feedback` : undefined} />
                      <label for={id}>{at?.text.text}</label>
                      {chosen && at ? (
                        <p class={`quiz-feedback ${a.correct ? "quiz-right" : "quiz-wrong"}`} id={`${id}-feedback`}>
                          {a.correct ? t("learn.quiz.answerRight") : t("learn.quiz.answerWrong")} {at.text.feedback}
                        </p>
                      ) : null}
                    </div>
                  );
                })}
              </div>
            </fieldset>
          );
        })}
        <button type="submit" class="button">{r ? t("learn.quiz.again") : t("learn.quiz.submit")}</button>
      </form>
    </Layout>
  );
}

/** The sign-in form: an e-mail address, and a hidden honeypot. */
export function renderSignIn(ctx: PageContext, v: { values: FormValues; errors?: FieldErrors }) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("learn.signIn.title")} hasErrors={Boolean(v.errors)}>
      {crumbs(ctx)}
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} /> : null}
      <h1>{t("learn.signIn.title")}</h1>
      <p>{t("learn.signIn.lead")}</p>
      <form method="post" action={`${base(ctx)}/sign-in`} novalidate>
        <CsrfField ctx={ctx} />
        <TextInput ctx={ctx} name="email" type="email" label={t("learn.signIn.email")} hint={t("learn.signIn.emailHint")} autocomplete="email" values={v.values} errors={v.errors} />
        <div class="hp-field" aria-hidden="true">
          <label for="field-website">{t("learn.signIn.honeypot")}</label>
          <input id="field-website" name="website" type="text" tabIndex={-1} autocomplete="off" />
        </div>
        <button type="submit" class="button">{t("learn.signIn.submit")}</button>
      </form>
      <p class="meta">{t("learn.signIn.privacy")}</p>
    </Layout>
  );
}

export function renderMessage(ctx: PageContext, titleKey: "learn.signIn.checkTitle" | "learn.signIn.expiredTitle" | "learn.account.deletedTitle", body: string) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t(titleKey)} noindex>
      <h1>{t(titleKey)}</h1>
      <p>{body}</p>
      <p>
        <a href={base(ctx)}>{t("learn.backToCourses")}</a>
      </p>
    </Layout>
  );
}

/** The page a sign-in link opens: one button, so a mail scanner following the link does not use it up. */
export function renderSignInConfirm(ctx: PageContext, action: string) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("learn.signIn.confirmTitle")} noindex>
      <h1>{t("learn.signIn.confirmTitle")}</h1>
      <form method="post" action={action}>
        <CsrfField ctx={ctx} />
        <button type="submit" class="button">{t("learn.signIn.confirm")}</button>
      </form>
    </Layout>
  );
}

/** The learner's own page: courses completed, and deleting the account. */
export function renderAccount(ctx: PageContext, v: { courses: { course: CourseRow; title: string; completion: CompletionRow | null; doneCount: number; total: number }[] }) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("learn.account.title")} noindex>
      {crumbs(ctx)}
      <h1>{t("learn.account.title")}</h1>
      <ul class="item-list">
        {v.courses.map((c) => (
          <li>
            <a href={coursePath(l, c.course.slug)}>{c.title}</a> — {c.completion ? t("learn.complete.title") : t("learn.progress", { done: c.doneCount, total: c.total })}
          </li>
        ))}
      </ul>
      <form method="post" action={`${base(ctx)}/sign-out`}>
        <CsrfField ctx={ctx} />
        <button type="submit" class="button button-secondary">{t("learn.signOut")}</button>
      </form>
      <h2>{t("learn.account.deleteTitle")}</h2>
      <p>{t("learn.account.deleteLead")}</p>
      <form method="post" action={`${base(ctx)}/account/delete`}>
        <CsrfField ctx={ctx} />
        <button type="submit" class="button button-danger">{t("learn.account.delete")}</button>
      </form>
    </Layout>
  );
}

export type VerifyOutcome = { state: "form" } | { state: "malformed"; code: string } | { state: "unknown"; code: string } | { state: "valid"; code: string; title: string; titleLocale: string; date: string; name: string | null };

/** Checking a certificate's code: a GET form and its answer. */
export function renderVerify(ctx: PageContext, v: VerifyOutcome) {
  const t = ctx.t;
  const l = ctx.locale;
  const errors: FieldErrors | undefined = v.state === "malformed" ? { code: "learn.verify.error.malformed" } : undefined;
  return (
    <Layout ctx={ctx} title={t("learn.verify.title")} hasErrors={Boolean(errors)} noindex={v.state !== "form"}>
      {crumbs(ctx)}
      {errors ? <ErrorSummary ctx={ctx} errors={errors} /> : null}
      <h1>{t("learn.verify.title")}</h1>
      <p>{t("learn.verify.lead")}</p>
      <form method="get" action={`${base(ctx)}/verify`} novalidate>
        <TextInput ctx={ctx} name="code" label={t("learn.verify.code")} hint={t("learn.verify.codeHint")} values={{ code: v.state === "form" ? "" : v.code }} errors={errors} dir="ltr" autocomplete="off" />
        <button type="submit" class="button">{t("learn.verify.submit")}</button>
      </form>
      {v.state === "valid" ? (
        <div class="learn-callout learn-callout-success" role="status">
          <h2>{t("learn.verify.valid")}</h2>
          <dl class="summary-list">
            <div>
              <dt>{t("learn.verify.course")}</dt>
              <dd {...foreignText(l, v.titleLocale)}>{v.title}</dd>
            </div>
            <div>
              <dt>{t("learn.verify.date")}</dt>
              <dd>{formatDate(l, v.date.slice(0, 10))}</dd>
            </div>
            <div>
              <dt>{t("learn.verify.name")}</dt>
              <dd dir="auto">{v.name ?? t("learn.verify.noName")}</dd>
            </div>
          </dl>
        </div>
      ) : null}
      {v.state === "unknown" ? (
        <div class="learn-callout" role="status">
          <h2>{t("learn.verify.unknown")}</h2>
          <p>{t("learn.verify.unknownHelp")}</p>
        </div>
      ) : null}
    </Layout>
  );
}
