import type { MessageKey } from "../../i18n/i18n.ts";
import { formatBytes, languageName } from "../../i18n/format.ts";
import { LOCALES, textDirection, type Locale } from "../../i18n/locales.ts";
import { Checkboxes, CsrfField, ErrorSummary, FieldError, fieldId, Radios, Select, TextArea, TextInput, TextLanguageTabs, TextsInLanguage } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import type { CourseRow } from "./learn.repo.ts";
import { TRACKS, trackKey, type CourseText } from "./learn.schema.ts";
import { materialUrl, parseTexts, pick, type Missing, type Outline, type OutlineLesson, type OutlineModule } from "./learn.service.ts";

const admin = (ctx: PageContext) => `/${ctx.locale}/admin/learn`;

/** Every course, draft or published, with the languages it is written in. */
export function renderLearnAdminList(ctx: PageContext, courses: CourseRow[]) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("admin.learn.title")} area="admin">
      <h1>{t("admin.learn.title")}</h1>
      <p class="lead">{t("admin.learn.lead")}</p>
      <p>
        <a class="button" href={`${admin(ctx)}/new`}>{t("admin.learn.newCourse")}</a>
      </p>
      <ul class="item-list">
        {courses.map((c) => {
          const texts = parseTexts<CourseText>(c.texts);
          return (
            <li>
              <h2 class="h3">
                <a href={`${admin(ctx)}/${c.id}`}>{pick(texts, l)?.text.title ?? c.slug}</a>
              </h2>
              <p class="meta">
                {t(trackKey(c.track))} · {c.status === "published" ? t("admin.learn.status.published") : t("admin.learn.status.draft")} · {t("admin.learn.languages", { list: Object.keys(texts).map((x) => languageName(l, x as Locale)).join(", ") })}
              </p>
            </li>
          );
        })}
      </ul>
    </Layout>
  );
}

const trackOptions = (ctx: PageContext) => TRACKS.map((x) => ({ value: x, label: ctx.t(trackKey(x)) }));

/** The fields a course shares across languages. */
function CourseSharedFields({ ctx, values, errors }: { ctx: PageContext; values: FormValues; errors?: FieldErrors }) {
  const t = ctx.t;
  return (
    <>
      <TextInput ctx={ctx} name="slug" label={t("admin.learn.field.slug")} hint={t("admin.learn.field.slugHint")} values={values} errors={errors} dir="ltr" autocomplete="off" />
      <Radios ctx={ctx} name="track" label={t("admin.learn.field.track")} values={values} errors={errors} options={trackOptions(ctx)} />
      <TextInput ctx={ctx} name="minutes" label={t("admin.learn.field.minutes")} values={values} errors={errors} inputMode="numeric" width="short" />
    </>
  );
}

/** A new course: its shared fields and its texts in the language being written. */
export function renderLearnAdminNew(ctx: PageContext, v: { locale: Locale; values: FormValues; errors?: FieldErrors }) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("admin.learn.newCourse")} area="admin" hasErrors={Boolean(v.errors)}>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={["slug", "track", "minutes", "title", "summary"]} /> : null}
      <p>
        <a href={admin(ctx)}>{t("admin.learn.title")}</a>
      </p>
      <h1>{t("admin.learn.newCourse")}</h1>
      <form method="post" action={`${admin(ctx)}/new?in=${v.locale}`} novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="in" value={v.locale} />
        <CourseSharedFields ctx={ctx} values={v.values} errors={v.errors} />
        <TextsInLanguage locale={v.locale} legend={t("admin.learn.textsIn", { language: languageName(l, v.locale) })}>
          <TextInput ctx={ctx} name="title" label={t("admin.learn.field.title")} values={v.values} errors={v.errors} />
          <TextArea ctx={ctx} name="summary" label={t("admin.learn.field.summary")} values={v.values} errors={v.errors} rows={3} />
        </TextsInLanguage>
        <button type="submit" class="button">{t("admin.learn.newCourse")}</button>
      </form>
    </Layout>
  );
}

/** A small form with one button that moves an item up or down (no script needed). */
function MoveButtons({ ctx, action, index, count, label }: { ctx: PageContext; action: string; index: number; count: number; label: string }) {
  const t = ctx.t;
  return (
    <>
      {index > 0 ? (
        <form method="post" action={action} class="inline-form">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="direction" value="up" />
          <button type="submit" class="button button-secondary button-small">
            {t("admin.learn.moveUp")}
            <span class="visually-hidden"> {label}</span>
          </button>
        </form>
      ) : null}
      {index < count - 1 ? (
        <form method="post" action={action} class="inline-form">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="direction" value="down" />
          <button type="submit" class="button button-secondary button-small">
            {t("admin.learn.moveDown")}
            <span class="visually-hidden"> {label}</span>
          </button>
        </form>
      ) : null}
    </>
  );
}

function missingText(ctx: PageContext, m: Missing): string {
  const t = ctx.t;
  switch (m.what) {
    case "modules":
      return t("admin.learn.missing.modules");
    case "course":
      return t("admin.learn.missing.course");
    case "lesson":
      return t("admin.learn.missing.lesson", { title: m.title, number: m.number });
    default:
      return t(`admin.learn.missing.${m.what}` as MessageKey, { number: m.number });
  }
}

export interface CourseAdminView {
  o: Outline;
  locale: Locale;
  values: FormValues;
  errors?: FieldErrors;
  shared: FormValues;
  sharedErrors?: FieldErrors;
  moduleValues?: FormValues;
  moduleErrors?: FieldErrors;
  /** Why publishing was refused: the language nearest to complete and what it lacks. */
  incomplete?: { locale: Locale; missing: Missing[] };
}

/** One course: its texts in one language, shared details, publication, and its modules, lessons and quizzes to arrange. */
export function renderLearnAdminCourse(ctx: PageContext, v: CourseAdminView) {
  const t = ctx.t;
  const l = ctx.locale;
  const { o } = v;
  const base = `${admin(ctx)}/${o.course.id}`;
  const errors = { ...v.errors, ...v.sharedErrors, ...v.moduleErrors };
  const hasErrors = Object.keys(errors).length > 0 || Boolean(v.incomplete);
  const courseTitle = pick(o.texts, l)?.text.title ?? o.course.slug;
  return (
    <Layout ctx={ctx} title={t("admin.learn.editCourse")} area="admin" hasErrors={hasErrors}>
      {Object.keys(errors).length ? <ErrorSummary ctx={ctx} errors={errors} order={["title", "summary", "slug", "track", "minutes", "module_title"]} /> : null}
      {v.incomplete ? (
        <div class="error-summary" tabIndex={-1} data-error-summary role="alert" aria-labelledby="incomplete-title">
          <h2 id="incomplete-title">{t("admin.learn.incomplete.title")}</h2>
          <p>{t("admin.learn.incomplete.lead", { language: languageName(l, v.incomplete.locale) })}</p>
          <ul>
            {v.incomplete.missing.map((m) => (
              <li>{missingText(ctx, m)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>
        <a href={admin(ctx)}>{t("admin.learn.title")}</a>
      </p>
      <h1>{courseTitle}</h1>
      <p class="meta">
        {t(trackKey(o.course.track))} · {o.course.status === "published" ? t("admin.learn.status.published") : t("admin.learn.status.draft")}
      </p>
      <form method="post" action={`${base}/status`}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="status" value={o.course.status === "published" ? "draft" : "published"} />
        <button type="submit" class="button button-secondary">{o.course.status === "published" ? t("admin.learn.unpublish") : t("admin.learn.publish")}</button>
      </form>
      <TextLanguageTabs ctx={ctx} base={base} current={v.locale} written={Object.keys(o.texts)} label={t("admin.learn.textLanguages")} writtenLabel={t("admin.learn.written")} notWrittenLabel={t("admin.learn.notWritten")} />
      <form method="post" action={`${base}?in=${v.locale}`} novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="in" value={v.locale} />
        <TextsInLanguage locale={v.locale} legend={t("admin.learn.textsIn", { language: languageName(l, v.locale) })}>
          <TextInput ctx={ctx} name="title" label={t("admin.learn.field.title")} values={v.values} errors={v.errors} />
          <TextArea ctx={ctx} name="summary" label={t("admin.learn.field.summary")} values={v.values} errors={v.errors} rows={3} />
        </TextsInLanguage>
        <button type="submit" class="button">{t("admin.learn.save")}</button>
      </form>

      <h2>{t("admin.learn.modules")}</h2>
      <ol class="learn-admin-outline">
        {o.modules.map((m, i) => {
          const title = pick(m.texts, l)?.text.title ?? t("admin.learn.module", { number: i + 1 });
          const mbase = `${base}/modules/${m.row.id}`;
          return (
            <li>
              <h3>
                {title} <span class="meta">({LOCALES.filter((x) => m.texts[x]).join(", ")})</span>
              </h3>
              <p>
                <a href={`${mbase}?in=${v.locale}`}>
                  {t("admin.learn.editTitle")}
                  <span class="visually-hidden"> {title}</span>
                </a>{" "}
                · <a href={`${mbase}/delete`}>{t("admin.learn.deleteModule")}<span class="visually-hidden"> {title}</span></a>
                <MoveButtons ctx={ctx} action={`${mbase}/move`} index={i} count={o.modules.length} label={title} />
              </p>
              <ul>
                {m.lessons.map((lesson, li) => {
                  const lt = pick(lesson.texts, l)?.text.title ?? lesson.row.slug;
                  return (
                    <li>
                      <a href={`${base}/lessons/${lesson.row.id}?in=${v.locale}`}>{lt}</a> ({LOCALES.filter((x) => lesson.texts[x]).join(", ")}) ·{" "}
                      <a href={`${base}/lessons/${lesson.row.id}/delete`}>{t("admin.learn.deleteLesson")}<span class="visually-hidden"> {lt}</span></a>
                      <MoveButtons ctx={ctx} action={`${base}/lessons/${lesson.row.id}/move`} index={li} count={m.lessons.length} label={lt} />
                    </li>
                  );
                })}
                {m.quiz ? (
                  <li>
                    <a href={`${base}/quiz/${i + 1}?in=${v.locale}`}>{t("admin.learn.editQuiz", { number: i + 1 })}</a>
                  </li>
                ) : null}
              </ul>
              <p>
                <a href={`${mbase}/lessons/new?in=${v.locale}`}>{t("admin.learn.addLesson", { number: i + 1 })}</a>
              </p>
              {m.quiz ? null : (
                <form method="post" action={`${mbase}/quiz`}>
                  <CsrfField ctx={ctx} />
                  <button type="submit" class="button button-secondary button-small">{t("admin.learn.addQuiz", { number: i + 1 })}</button>
                </form>
              )}
            </li>
          );
        })}
      </ol>
      <form method="post" action={`${base}/modules?in=${v.locale}`} novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="in" value={v.locale} />
        <TextsInLanguage locale={v.locale} legend={t("admin.learn.addModule")}>
          <TextInput ctx={ctx} name="module_title" label={t("admin.learn.moduleTitleIn", { language: languageName(l, v.locale) })} values={v.moduleValues ?? {}} errors={v.moduleErrors} />
        </TextsInLanguage>
        <button type="submit" class="button button-secondary">{t("admin.learn.addModule")}</button>
      </form>

      <h2>{t("admin.learn.details")}</h2>
      <form method="post" action={`${base}/details?in=${v.locale}`} novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="in" value={v.locale} />
        <CourseSharedFields ctx={ctx} values={v.shared} errors={v.sharedErrors} />
        <button type="submit" class="button">{t("admin.learn.save")}</button>
      </form>
      {o.course.status === "draft" ? (
        <p>
          <a href={`${base}/delete`} class="button button-danger">{t("admin.learn.deleteCourse")}</a>
        </p>
      ) : null}
    </Layout>
  );
}

/** Asks before deleting something for good; the form posts to the same address. */
export function renderLearnAdminConfirm(ctx: PageContext, v: { title: string; lead: string; action: string; back: string }) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={v.title} area="admin">
      <h1>{v.title}</h1>
      <p>{v.lead}</p>
      <form method="post" action={v.action}>
        <CsrfField ctx={ctx} />
        <button type="submit" class="button button-danger">{t("admin.learn.deleteConfirm")}</button>
      </form>
      <p>
        <a href={v.back}>{t("admin.learn.cancel")}</a>
      </p>
    </Layout>
  );
}

/** A module's title in one language. */
export function renderLearnAdminModule(ctx: PageContext, v: { o: Outline; module: OutlineModule; number: number; locale: Locale; values: FormValues; errors?: FieldErrors }) {
  const t = ctx.t;
  const l = ctx.locale;
  const base = `${admin(ctx)}/${v.o.course.id}/modules/${v.module.row.id}`;
  return (
    <Layout ctx={ctx} title={t("admin.learn.editModule", { number: v.number })} area="admin" hasErrors={Boolean(v.errors)}>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} /> : null}
      <p>
        <a href={`${admin(ctx)}/${v.o.course.id}?in=${v.locale}`}>{pick(v.o.texts, l)?.text.title ?? v.o.course.slug}</a>
      </p>
      <h1>{t("admin.learn.editModule", { number: v.number })}</h1>
      <TextLanguageTabs ctx={ctx} base={base} current={v.locale} written={Object.keys(v.module.texts)} label={t("admin.learn.textLanguages")} writtenLabel={t("admin.learn.written")} notWrittenLabel={t("admin.learn.notWritten")} />
      <form method="post" action={`${base}?in=${v.locale}`} novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="in" value={v.locale} />
        <TextsInLanguage locale={v.locale} legend={t("admin.learn.textsIn", { language: languageName(l, v.locale) })}>
          <TextInput ctx={ctx} name="title" label={t("admin.learn.field.title")} values={v.values} errors={v.errors} />
        </TextsInLanguage>
        <button type="submit" class="button">{t("admin.learn.save")}</button>
      </form>
    </Layout>
  );
}

/** A new lesson in a module: its address and its texts in the language being written. */
export function renderLearnAdminNewLesson(ctx: PageContext, v: { o: Outline; module: OutlineModule; number: number; locale: Locale; values: FormValues; errors?: FieldErrors }) {
  const t = ctx.t;
  const l = ctx.locale;
  const action = `${admin(ctx)}/${v.o.course.id}/modules/${v.module.row.id}/lessons/new?in=${v.locale}`;
  return (
    <Layout ctx={ctx} title={t("admin.learn.newLesson", { number: v.number })} area="admin" hasErrors={Boolean(v.errors)}>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={["slug", "title", "body"]} /> : null}
      <p>
        <a href={`${admin(ctx)}/${v.o.course.id}?in=${v.locale}`}>{pick(v.o.texts, l)?.text.title ?? v.o.course.slug}</a>
      </p>
      <h1>{t("admin.learn.newLesson", { number: v.number })}</h1>
      <form method="post" action={action} novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="in" value={v.locale} />
        <TextInput ctx={ctx} name="slug" label={t("admin.learn.field.slug")} hint={t("admin.learn.field.slugHint")} values={v.values} errors={v.errors} dir="ltr" autocomplete="off" />
        <TextsInLanguage locale={v.locale} legend={t("admin.learn.textsIn", { language: languageName(l, v.locale) })}>
          <TextInput ctx={ctx} name="title" label={t("admin.learn.field.title")} values={v.values} errors={v.errors} />
          <TextArea ctx={ctx} name="body" label={t("admin.learn.field.body")} hint={t("admin.learn.field.bodyHint")} values={v.values} errors={v.errors} rows={14} />
        </TextsInLanguage>
        <button type="submit" class="button">{t("admin.learn.save")}</button>
      </form>
    </Layout>
  );
}

export interface LessonAdminView {
  o: Outline;
  lesson: OutlineLesson;
  locale: Locale;
  values: FormValues;
  errors?: FieldErrors;
  episodes: { value: string; label: string }[];
  fileError?: MessageKey;
  maxBytes: number;
}

/** A lesson's title and Markdown body in one language, its video and link, its file per language, and a preview link. */
export function renderLearnAdminLesson(ctx: PageContext, v: LessonAdminView) {
  const t = ctx.t;
  const l = ctx.locale;
  const base = `${admin(ctx)}/${v.o.course.id}/lessons/${v.lesson.row.id}`;
  const material = v.lesson.materials.find((m) => m.locale === v.locale);
  const errors = { ...v.errors, ...(v.fileError ? { file: v.fileError } : {}) };
  const hasErrors = Object.keys(errors).length > 0;
  const fileDescribedBy = `${fieldId("file")}-hint${v.fileError ? ` ${fieldId("file")}-error` : ""}`;
  return (
    <Layout ctx={ctx} title={t("admin.learn.editLesson")} area="admin" hasErrors={hasErrors}>
      {hasErrors ? <ErrorSummary ctx={ctx} errors={errors} order={["title", "body", "video", "material_url", "file"]} /> : null}
      <p>
        <a href={`${admin(ctx)}/${v.o.course.id}?in=${v.locale}`}>{pick(v.o.texts, l)?.text.title ?? v.o.course.slug}</a>
      </p>
      <h1>{t("admin.learn.editLesson")}</h1>
      <TextLanguageTabs ctx={ctx} base={base} current={v.locale} written={Object.keys(v.lesson.texts)} label={t("admin.learn.textLanguages")} writtenLabel={t("admin.learn.written")} notWrittenLabel={t("admin.learn.notWritten")} />
      <form method="post" action={`${base}?in=${v.locale}`} novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="in" value={v.locale} />
        <TextsInLanguage locale={v.locale} legend={t("admin.learn.textsIn", { language: languageName(l, v.locale) })}>
          <TextInput ctx={ctx} name="title" label={t("admin.learn.field.title")} values={v.values} errors={v.errors} />
          <TextArea ctx={ctx} name="body" label={t("admin.learn.field.body")} hint={t("admin.learn.field.bodyHint")} values={v.values} errors={v.errors} rows={14} />
        </TextsInLanguage>
        <Select ctx={ctx} name="video" label={t("admin.learn.field.video")} hint={t("admin.learn.field.videoHint")} values={v.values} errors={v.errors} options={[{ value: "", label: t("admin.learn.field.noVideo") }, ...v.episodes]} />
        <TextInput ctx={ctx} name="material_url" label={t("admin.learn.field.material")} hint={t("admin.learn.field.materialHint")} values={v.values} errors={v.errors} dir="ltr" />
        <button type="submit" class="button">{t("admin.learn.save")}</button>
      </form>
      {v.lesson.texts[v.locale] ? (
        <p>
          <a href={`/${v.locale}/admin/learn/${v.o.course.id}/lessons/${v.lesson.row.id}/preview`}>{t("admin.learn.preview")}</a>
        </p>
      ) : null}

      <h2>{t("admin.learn.material.title", { language: languageName(l, v.locale) })}</h2>
      {material ? (
        <p>
          {t("admin.learn.material.current")} <a href={materialUrl(material)} dir="ltr">{`${v.lesson.row.slug}-${material.locale}.${material.ext}`}</a>{" "}
          <span dir={textDirection(l)}>({t("learn.lesson.fileMeta", { format: material.ext.toUpperCase(), size: formatBytes(l, material.bytes) })})</span>
        </p>
      ) : (
        <p>{t("admin.learn.material.none")}</p>
      )}
      {v.lesson.texts[v.locale] ? (
        <form method="post" action={`${base}/material?in=${v.locale}`} enctype="multipart/form-data" novalidate>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="in" value={v.locale} />
          <div class={`field${v.fileError ? " field-has-error" : ""}`}>
            <label for={fieldId("file")}>{t("admin.learn.material.file")}</label>
            <p class="hint" id={`${fieldId("file")}-hint`}>{t("admin.learn.material.fileHint", { size: formatBytes(l, v.maxBytes) })}</p>
            <FieldError ctx={ctx} name="file" error={v.fileError} />
            <input type="file" id={fieldId("file")} name="file" accept="application/pdf,.pdf" aria-describedby={fileDescribedBy} />
          </div>
          <button type="submit" class="button">{material ? t("admin.learn.material.replace") : t("admin.learn.material.upload")}</button>
        </form>
      ) : (
        <p class="hint">{t("admin.learn.material.needText")}</p>
      )}
      {material ? (
        <form method="post" action={`${base}/material/delete?in=${v.locale}`}>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="in" value={v.locale} />
          <button type="submit" class="button button-secondary">{t("admin.learn.material.remove")}</button>
        </form>
      ) : null}
    </Layout>
  );
}

/**
 * A quiz: each question's kind and right answers (shared by every language), its texts and feedback in one
 * language, and the pass mark. Buttons tied to a second form (form="quiz-ops") add, move and delete
 * questions and answers without script and without nesting forms.
 */
export function renderLearnAdminQuiz(ctx: PageContext, v: { o: Outline; module: OutlineModule; number: number; locale: Locale; values: FormValues; errors?: FieldErrors }) {
  const t = ctx.t;
  const l = ctx.locale;
  const quiz = v.module.quiz!;
  const base = `${admin(ctx)}/${v.o.course.id}/quiz/${v.number}`;
  const written = LOCALES.filter((x) => quiz.questions.length > 0 && quiz.questions.every((q) => q.texts[x]));
  const count = quiz.questions.length;
  const op = (value: string, label: string, danger = false) => (
    <button type="submit" form="quiz-ops" name="op" value={value} class={`button button-small ${danger ? "button-danger" : "button-secondary"}`}>
      {label}
    </button>
  );
  return (
    <Layout ctx={ctx} title={t("admin.learn.editQuiz", { number: v.number })} area="admin" hasErrors={Boolean(v.errors)}>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} /> : null}
      <p>
        <a href={`${admin(ctx)}/${v.o.course.id}?in=${v.locale}`}>{pick(v.o.texts, l)?.text.title ?? v.o.course.slug}</a>
      </p>
      <h1>{t("admin.learn.editQuiz", { number: v.number })}</h1>
      <TextLanguageTabs ctx={ctx} base={base} current={v.locale} written={written} label={t("admin.learn.textLanguages")} writtenLabel={t("admin.learn.written")} notWrittenLabel={t("admin.learn.notWritten")} />
      <p class="hint">{t("admin.learn.quizOpsHint")}</p>
      <form method="post" action={`${base}?in=${v.locale}`} novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="in" value={v.locale} />
        <input type="hidden" name="structure" value="1" />
        <TextInput ctx={ctx} name="pass_mark" label={t("admin.learn.field.passMark")} values={v.values} errors={v.errors} inputMode="numeric" width="short" />
        {quiz.questions.map((q, qi) => (
          <section class="quiz-edit" aria-labelledby={`question-${q.id}`}>
            <h2 id={`question-${q.id}`}>{t("admin.learn.question", { number: qi + 1 })}</h2>
            <Radios ctx={ctx} name={`kind-${q.id}`} label={t("admin.learn.field.kind")} values={v.values} errors={v.errors} options={[{ value: "single", label: t("admin.learn.kind.single") }, { value: "multiple", label: t("admin.learn.kind.multiple") }]} />
            <Checkboxes ctx={ctx} name={`right-${q.id}`} label={t("admin.learn.field.right")} values={v.values} errors={v.errors} options={q.answers.map((a, ai) => ({ value: a.id, label: t("admin.learn.field.answer", { number: ai + 1 }) }))} />
            <TextsInLanguage locale={v.locale} legend={t("admin.learn.textsIn", { language: languageName(l, v.locale) })}>
              <TextArea ctx={ctx} name={`prompt-${q.id}`} label={t("admin.learn.field.prompt")} values={v.values} errors={v.errors} rows={2} />
              {q.answers.map((a, ai) => (
                <div class="quiz-edit-answer">
                  <TextInput ctx={ctx} name={`answer-${q.id}-${a.id}`} label={t("admin.learn.field.answer", { number: ai + 1 })} values={v.values} errors={v.errors} />
                  <TextInput ctx={ctx} name={`feedback-${q.id}-${a.id}`} label={t("admin.learn.field.feedback", { number: ai + 1 })} values={v.values} errors={v.errors} />
                </div>
              ))}
            </TextsInLanguage>
            <p class="quiz-edit-ops">
              {q.answers.length > 2 ? q.answers.map((a, ai) => op(`drop:${q.id}:${a.id}`, t("admin.learn.deleteAnswer", { number: ai + 1 }))) : null}
              {op(`answer:${q.id}`, t("admin.learn.addAnswer", { number: qi + 1 }))}
              {qi > 0 ? op(`up:${q.id}`, t("admin.learn.questionUp", { number: qi + 1 })) : null}
              {qi < count - 1 ? op(`down:${q.id}`, t("admin.learn.questionDown", { number: qi + 1 })) : null}
              {count > 1 ? op(`delete:${q.id}`, t("admin.learn.deleteQuestion", { number: qi + 1 }), true) : null}
            </p>
          </section>
        ))}
        <p>
          <button type="submit" class="button">{t("admin.learn.save")}</button> {op("add", t("admin.learn.addQuestion"))}
        </p>
      </form>
      <form id="quiz-ops" method="post" action={`${base}/structure?in=${v.locale}`} aria-label={t("admin.learn.quizOps")}>
        <CsrfField ctx={ctx} />
      </form>
      {written.includes(v.locale) ? (
        <p>
          <a href={`/${v.locale}/admin/learn/${v.o.course.id}/quiz/${v.number}/preview`}>{t("admin.learn.preview")}</a>
        </p>
      ) : null}
    </Layout>
  );
}
