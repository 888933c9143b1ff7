import { languageName } from "../../i18n/format.ts";
import { LOCALES, type Locale } from "../../i18n/locales.ts";
import { CsrfField, ErrorSummary, Select, TextArea, TextInput, TextLanguageTabs, TextsInLanguage } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import type { CourseRow } from "./learn.repo.ts";
import { trackKey, type CourseText } from "./learn.schema.ts";
import { parseTexts, pick, type Outline, type OutlineLesson, type OutlineModule } from "./learn.service.ts";

const admin = (ctx: PageContext) => `/${ctx.locale}/admin/learn`;

/** Every course, draft or published, with the languages it is written in. */
export function renderLearnAdminList(ctx: PageContext, courses: CourseRow[]) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <Layout ctx={ctx} title={t("admin.learn.title")} area="admin">
      <h1>{t("admin.learn.title")}</h1>
      <p class="lead">{t("admin.learn.lead")}</p>
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

/** One course: its texts in one language, publication, and its lessons to edit and preview. */
export function renderLearnAdminCourse(ctx: PageContext, v: { o: Outline; locale: Locale; values: FormValues; errors?: FieldErrors }) {
  const t = ctx.t;
  const l = ctx.locale;
  const { o } = v;
  const base = `${admin(ctx)}/${o.course.id}`;
  return (
    <Layout ctx={ctx} title={t("admin.learn.editCourse")} area="admin" hasErrors={Boolean(v.errors)}>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={["title", "summary"]} /> : null}
      <h1>{pick(o.texts, l)?.text.title ?? o.course.slug}</h1>
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
      <h2>{t("learn.outline")}</h2>
      <ol>
        {o.modules.map((m, i) => (
          <li>
            <h3>{pick(m.texts, l)?.text.title}</h3>
            <ul>
              {m.lessons.map((lesson) => (
                <li>
                  <a href={`${base}/lessons/${lesson.row.id}?in=${v.locale}`}>{pick(lesson.texts, l)?.text.title}</a> ({LOCALES.filter((x) => lesson.texts[x]).join(", ")})
                </li>
              ))}
              {m.quiz ? (
                <li>
                  <a href={`${base}/quiz/${i + 1}?in=${v.locale}`}>{t("admin.learn.editQuiz", { number: i + 1 })}</a>
                </li>
              ) : null}
            </ul>
          </li>
        ))}
      </ol>
    </Layout>
  );
}

/** A lesson's title and Markdown body in one language, with a link to preview it as a reader would see it. */
export function renderLearnAdminLesson(ctx: PageContext, v: { o: Outline; lesson: OutlineLesson; locale: Locale; values: FormValues; errors?: FieldErrors; episodes: { value: string; label: string }[] }) {
  const t = ctx.t;
  const l = ctx.locale;
  const base = `${admin(ctx)}/${v.o.course.id}/lessons/${v.lesson.row.id}`;
  return (
    <Layout ctx={ctx} title={t("admin.learn.editLesson")} area="admin" hasErrors={Boolean(v.errors)}>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={["title", "body", "video", "material_url"]} /> : null}
      <p>
        <a href={`${admin(ctx)}/${v.o.course.id}?in=${v.locale}`}>{pick(v.o.texts, l)?.text.title}</a>
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
    </Layout>
  );
}

/** A quiz's questions, answers and feedback in one language, and its pass mark; which answers are right is shown, not changed here. */
export function renderLearnAdminQuiz(ctx: PageContext, v: { o: Outline; module: OutlineModule; number: number; locale: Locale; values: FormValues; errors?: FieldErrors }) {
  const t = ctx.t;
  const l = ctx.locale;
  const quiz = v.module.quiz!;
  const base = `${admin(ctx)}/${v.o.course.id}/quiz/${v.number}`;
  const written = LOCALES.filter((x) => quiz.questions.every((q) => q.texts[x]));
  return (
    <Layout ctx={ctx} title={t("admin.learn.editQuiz", { number: v.number })} area="admin" hasErrors={Boolean(v.errors)}>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} /> : null}
      <p>
        <a href={`${admin(ctx)}/${v.o.course.id}?in=${v.locale}`}>{pick(v.o.texts, l)?.text.title}</a>
      </p>
      <h1>{t("admin.learn.editQuiz", { number: v.number })}</h1>
      <TextLanguageTabs ctx={ctx} base={base} current={v.locale} written={written} label={t("admin.learn.textLanguages")} writtenLabel={t("admin.learn.written")} notWrittenLabel={t("admin.learn.notWritten")} />
      <form method="post" action={`${base}?in=${v.locale}`} novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="in" value={v.locale} />
        <TextInput ctx={ctx} name="pass_mark" label={t("admin.learn.field.passMark")} values={v.values} errors={v.errors} inputMode="numeric" width="short" />
        {quiz.questions.map((q, qi) => (
          <TextsInLanguage locale={v.locale} legend={t("admin.learn.question", { number: qi + 1 })}>
            <TextArea ctx={ctx} name={`prompt-${q.id}`} label={t("admin.learn.field.prompt")} hint={q.kind === "single" ? t("learn.quiz.single") : t("learn.quiz.multiple")} values={v.values} errors={v.errors} rows={2} />
            {q.answers.map((a, ai) => (
              <>
                <TextInput ctx={ctx} name={`answer-${q.id}-${a.id}`} label={t(a.correct ? "admin.learn.field.answerRight" : "admin.learn.field.answerWrong", { number: ai + 1 })} values={v.values} errors={v.errors} />
                <TextInput ctx={ctx} name={`feedback-${q.id}-${a.id}`} label={t("admin.learn.field.feedback", { number: ai + 1 })} values={v.values} errors={v.errors} />
              </>
            ))}
          </TextsInLanguage>
        ))}
        <button type="submit" class="button">{t("admin.learn.save")}</button>
      </form>
      {written.includes(v.locale) ? (
        <p>
          <a href={`/${v.locale}/admin/learn/${v.o.course.id}/quiz/${v.number}/preview`}>{t("admin.learn.preview")}</a>
        </p>
      ) : null}
    </Layout>
  );
}
