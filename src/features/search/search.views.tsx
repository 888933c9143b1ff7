import { Breadcrumbs, ErrorSummary, Pagination, TextInput } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors } from "../../web/forms.ts";
import type { SearchHit } from "./search.repo.ts";
import { highlight, snippet } from "./search.service.ts";

export interface SearchView {
  q: string;
  page: number;
  pageCount: number;
  total: number;
  hits: (SearchHit & { warned?: boolean })[];
  tokens: string[];
  broadened: boolean;
  errors?: FieldErrors;
}

function Marked({ text, tokens, locale, excerpt }: { text: string; tokens: string[]; locale: string; excerpt?: boolean }) {
  const parts = excerpt ? snippet(text, tokens, locale) : highlight(text, tokens, locale);
  return <>{parts.map((p) => (p.mark ? <mark>{p.text}</mark> : p.text))}</>;
}

export function renderSearch(ctx: PageContext, v: SearchView) {
  const t = ctx.t;
  const title = v.q ? t("search.resultsTitle", { q: v.q }) : t("search.title");
  return (
    <Layout ctx={ctx} title={title} hasErrors={Boolean(v.errors)} noindex={Boolean(v.q)}>
      <Breadcrumbs ctx={ctx} items={[{ href: `/${ctx.locale}/`, label: t("nav.home") }]} />
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} /> : null}
      <h1>{t("search.title")}</h1>
      <form method="get" action={`/${ctx.locale}/search`} role="search" novalidate class="search-form">
        <TextInput ctx={ctx} name="q" type="search" label={t("search.label")} errors={v.errors} values={{ q: v.q }} />
        <button type="submit" class="button">{t("search.submit")}</button>
      </form>
      {v.q && !v.errors ? (
        <section aria-labelledby="results-title">
          <h2 id="results-title" aria-live="polite">{t("search.count", { count: v.total, q: v.q })}</h2>
          {v.broadened ? <p class="notice">{t("search.broadened")}</p> : null}
          {v.total === 0 ? <p>{t("search.noResults")}</p> : null}
          <ol class="search-results">
            {v.hits.map((h) => (
              <li>
                <h3><a href={h.path}><Marked text={h.title} tokens={v.tokens} locale={ctx.locale} /></a></h3>
                <p class="meta">{h.kind === "news" ? t("search.kind.news") : h.kind === "video" ? t("search.kind.video") : h.kind === "publication" ? t("library.searchKind") : t("search.kind.page")}</p>
                {h.warned ? <p class="meta">{t("search.warned")}</p> : <p><Marked text={h.body} tokens={v.tokens} locale={ctx.locale} excerpt /></p>}
              </li>
            ))}
          </ol>
          <Pagination ctx={ctx} page={v.page} pageCount={v.pageCount} baseUrl={`/${ctx.locale}/search`} params={{ q: v.q }} />
        </section>
      ) : null}
    </Layout>
  );
}
