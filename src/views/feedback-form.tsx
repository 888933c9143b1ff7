import type { PageContext } from "../web/context.ts";
import type { FieldErrors, FormValues } from "../web/forms.ts";
import { CsrfField, ErrorSummary, Radios, TextArea } from "./components.tsx";

/** "Was this page useful?" with an optional comment; posts to the page's own /feedback address. */
export function FeedbackForm({ ctx, action, errors, values }: { ctx: PageContext; action: string; errors?: FieldErrors; values?: FormValues }) {
  const t = ctx.t;
  return (
    <section class="feedback" aria-labelledby="feedback-title">
      <h2 id="feedback-title">{t("feedback.title")}</h2>
      {errors ? <ErrorSummary ctx={ctx} errors={errors} order={["useful", "comment"]} /> : null}
      <form method="post" action={action} novalidate>
        <CsrfField ctx={ctx} />
        <Radios
          ctx={ctx}
          name="useful"
          label={t("feedback.question")}
          inline
          options={[
            { value: "yes", label: t("feedback.yes") },
            { value: "no", label: t("feedback.no") },
          ]}
          errors={errors}
          values={values}
        />
        <TextArea ctx={ctx} name="comment" label={t("feedback.comment")} hint={t("feedback.commentHint")} rows={3} errors={errors} values={values} />
        <button type="submit" class="button">{t("feedback.submit")}</button>
      </form>
    </section>
  );
}
