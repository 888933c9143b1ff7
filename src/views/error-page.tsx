import type { PageContext } from "../web/context.ts";
import type { HttpError } from "../web/errors.ts";
import { Layout } from "./layout.tsx";

/** A translated error page; 5xx pages show only a reference, never the error's text. */
export function renderErrorPage(ctx: PageContext, error: HttpError, requestId: string) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t(error.titleKey)} noindex>
      <h1>{t(error.titleKey)}</h1>
      <p class="lead">{t(error.bodyKey)}</p>
      {error.statusCode >= 500 ? <p>{t("error.reference", { id: requestId })}</p> : null}
      <ul>
        <li><a href={`/${ctx.locale}/`}>{t("error.goHome")}</a></li>
        <li><a href={`/${ctx.locale}/search`}>{t("error.search")}</a></li>
        <li><a href={`/${ctx.locale}/info/get-help-now`}>{t("nav.helpNow")}</a></li>
      </ul>
    </Layout>
  );
}
