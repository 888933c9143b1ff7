import { formatList } from "../../i18n/format.ts";
import { foreignText } from "../../i18n/locales.ts";
import { Breadcrumbs, JsonLd } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { ListingRow } from "./directory.repo.ts";
import { SERVICE_TYPES } from "./directory.taxonomy.ts";
import { countryName, typeName } from "./directory.views.tsx";
import type { HsdsRow } from "./hsds/tables.ts";

const s = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** An organisation and its published services (associations included). */
export function renderOrganizationPage(
  ctx: PageContext,
  v: { org: HsdsRow; phones: HsdsRow[]; orgTerms: string[]; services: ListingRow[]; termNames: Map<string, string>; textLanguage: string | null },
) {
  const t = ctx.t;
  const text = foreignText(ctx.locale, v.textLanguage);
  const kinds = SERVICE_TYPES.filter((st) => st.linkEntity === "organization" && v.orgTerms.includes(st.id));
  const services = [...new Map(v.services.map((r) => [r.service_id, r])).values()];
  return (
    <Layout
      ctx={ctx}
      title={s(v.org.name) ?? ""}
      description={s(v.org.description)?.slice(0, 300)}
      head={
        <JsonLd
          ctx={ctx}
          data={{
            "@context": "https://schema.org",
            "@type": "Organization",
            name: s(v.org.name),
            description: s(v.org.description),
            ...(s(v.org.website) ? { url: s(v.org.website) } : {}),
            ...(s(v.org.email) ? { email: s(v.org.email) } : {}),
          }}
        />
      }
    >
      <Breadcrumbs
        ctx={ctx}
        items={[
          { href: `/${ctx.locale}/`, label: t("nav.home") },
          { href: `/${ctx.locale}/services`, label: t("directory.title") },
        ]}
      />
      <h1 {...text}>{s(v.org.name)}</h1>
      {kinds.length ? <p class="listing-types">{formatList(ctx.locale, kinds.map((k) => typeName(ctx, v.termNames, k.code)))}</p> : null}
      {s(v.org.description) ? <p class="prewrap" {...text}>{s(v.org.description)}</p> : null}
      <ul class="plain-list">
        {s(v.org.website) ? (
          <li>
            {t("directory.service.website")} <a href={s(v.org.website)} rel="noopener noreferrer" dir="ltr">{s(v.org.website)}</a>
          </li>
        ) : null}
        {s(v.org.email) ? (
          <li>
            {t("directory.service.email")} <a href={`mailto:${s(v.org.email)}`} dir="ltr">{s(v.org.email)}</a>
          </li>
        ) : null}
        {v.phones.map((p) => (
          <li>
            <a href={`tel:${String(p.number ?? "").replace(/[^\d+]/g, "")}`} dir="ltr">{s(p.number)}</a>
          </li>
        ))}
      </ul>
      <h2>{t("directory.organization.services")}</h2>
      <ul class="org-list">
        {services.map((r) => (
          <li>
            <a href={`/${ctx.locale}/services/${r.service_id}`} {...foreignText(ctx.locale, r.text_language)}>{r.name}</a>
            {r.city || r.country ? <span class="meta"> – {[r.city, r.country ? countryName(ctx, r.country) : null].filter(Boolean).join(t("directory.placeSeparator"))}</span> : null}
          </li>
        ))}
      </ul>
    </Layout>
  );
}

/** How to reuse the directory: the HSDS API, the downloads, the licence. */
export function renderOpenData(ctx: PageContext) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("directory.openData.title")}>
      <Breadcrumbs
        ctx={ctx}
        items={[
          { href: `/${ctx.locale}/`, label: t("nav.home") },
          { href: `/${ctx.locale}/services`, label: t("directory.title") },
        ]}
      />
      <h1>{t("directory.openData.title")}</h1>
      <p class="lead">{t("directory.openData.intro")}</p>
      <h2>{t("directory.openData.downloads")}</h2>
      <ul>
        <li>
          <a href="/api/hsds/export/services.json" type="application/json" download>{t("directory.openData.json")}</a>
        </li>
        <li>
          <a href="/api/hsds/export/datapackage.zip" type="application/zip" download>{t("directory.openData.zip")}</a>
        </li>
      </ul>
      <h2>{t("directory.openData.api")}</h2>
      <p>{t("directory.openData.apiIntro")}</p>
      <ul>
        <li>
          <a href="/api/hsds/" dir="ltr">/api/hsds/</a>
        </li>
        <li>
          <a href="/api/hsds/openapi.json" dir="ltr">/api/hsds/openapi.json</a>
        </li>
      </ul>
    </Layout>
  );
}
