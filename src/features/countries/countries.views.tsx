import type { ComponentChildren } from "preact";
import { formatDate, formatList, regionName } from "../../i18n/format.ts";
import { foreignText, type Locale } from "../../i18n/locales.ts";
import { Breadcrumbs, CsrfField, ErrorSummary, FieldError, JsonLd, Select, TextArea, TextInput } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import { keptRenders, type KeptRender } from "../../views/rendered-once.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import { sgbvSearchHref } from "../directory/directory.taxonomy.ts";
import type { UnRegion } from "./countries.data.ts";
import { SECTION_IDS, type CountryProfile, type Localized, type Scheme, type SectionId } from "./countries.schema.ts";
import { coverageLines, k, languagesText, periodText, reviewedText, ruleText, statesByRegion } from "./countries.text.ts";
import { PROVISION_GROUPS, PROVISION_STATUSES, PROVISIONS, type ProvisionStatus } from "./provisions.ts";
import { pickText } from "./countries.schema.ts";

/** A directory service as the profile and the navigator list it. */
export interface ServiceSummary {
  id: string;
  name: string;
  organization: string | null;
  city: string | null;
  country: string | null;
  phone: string | null;
  textLanguage: string | null;
}

/** Text from a profile in the reader's language, or in another one, marked as such. */
export function L({ ctx, value, as: Tag = "span" }: { ctx: PageContext; value: Localized | undefined; as?: "span" | "p" | "li" | "h3" | "strong" | "dd" }) {
  const found = pickText(value, ctx.locale);
  if (!found) return null;
  return <Tag {...foreignText(ctx.locale, found.lang)}>{found.text}</Tag>;
}

function Source({ ctx, meta }: { ctx: PageContext; meta: { source?: { title: string; url?: string | undefined } | undefined; reviewed?: string | undefined } | undefined }) {
  if (!meta?.source && !meta?.reviewed) return null;
  const t = ctx.t;
  return (
    <p class="meta section-source">
      {meta.source ? (
        <span>
          {t("countries.source")}{" "}
          {meta.source.url ? (
            <a href={meta.source.url} rel="noopener noreferrer" dir="auto">{meta.source.title}</a>
          ) : (
            <bdi>{meta.source.title}</bdi>
          )}
        </span>
      ) : null}
      {meta.reviewed ? <span>{reviewedText(t, ctx.locale, meta.reviewed)}</span> : null}
    </p>
  );
}

function EmptySection({ ctx, code, section }: { ctx: PageContext; code: string; section: SectionId }) {
  return (
    <p class="notice empty-section">
      {ctx.t("countries.empty")} <a href={`/${ctx.locale}/countries/${code.toLowerCase()}/suggest?section=${section}`}>{ctx.t("countries.suggest")}</a>
    </p>
  );
}

/** A form to suggest information for a section: sent to the team and the country's focal points. */
export function renderSuggestForm(ctx: PageContext, v: { code: string; values: FormValues; errors?: FieldErrors | undefined }) {
  const t = ctx.t;
  const l = ctx.locale;
  const name = regionName(l, v.code);
  const title = t("countries.suggestForm.title", { country: name });
  return (
    <Layout ctx={ctx} title={title} hasErrors={Boolean(v.errors)} noindex>
      <Breadcrumbs ctx={ctx} items={[{ href: `/${l}/countries`, label: t("countries.title") }, { href: `/${l}/countries/${v.code.toLowerCase()}`, label: name }]} />
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={["section", "message", "source", "email"]} /> : null}
      <h1>{title}</h1>
      <p>{t("countries.suggestForm.lead")}</p>
      <p class="notice notice-emergency">{t("contact.notEmergency")}</p>
      <form method="post" action={`/${l}/countries/${v.code.toLowerCase()}/suggest`} novalidate>
        <CsrfField ctx={ctx} />
        <Select ctx={ctx} name="section" label={t("countries.suggestForm.section")} values={v.values} errors={v.errors} options={SECTION_IDS.map((s) => ({ value: s, label: t(k(`countries.section.${s}`)) }))} />
        <TextArea ctx={ctx} name="message" label={t("countries.suggestForm.message")} hint={t("countries.suggestForm.messageHint")} rows={8} values={v.values} errors={v.errors} />
        <TextInput ctx={ctx} name="source" label={t("countries.suggestForm.source")} hint={t("countries.suggestForm.sourceHint")} values={v.values} errors={v.errors} />
        <TextInput ctx={ctx} name="email" type="email" autocomplete="email" label={t("contact.email")} hint={t("countries.suggestForm.emailHint")} values={v.values} errors={v.errors} />
        <button type="submit" class="button">{t("countries.suggestForm.submit")}</button>
      </form>
    </Layout>
  );
}

function Section({ ctx, id, title, children }: { ctx: PageContext; id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="profile-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, "")}`;
}

/** One scheme's record: who qualifies, which attacks, deadlines, what it covers, evidence, how to apply. */
export function SchemeDetails({ ctx, code, scheme, headingLevel = 3 }: { ctx: PageContext; code: string; scheme: Scheme; headingLevel?: 3 | 4 }) {
  const t = ctx.t;
  const l = ctx.locale;
  const H = headingLevel === 3 ? "h3" : "h4";
  return (
    <div class="scheme">
      <H id={`scheme-${scheme.id}`}>
        <L ctx={ctx} value={scheme.name} />
      </H>
      <p class="meta">
        {t("countries.scheme.operator")} <L ctx={ctx} value={scheme.operator} />
      </p>
      {scheme.summary ? <L ctx={ctx} value={scheme.summary} as="p" /> : null}
      <dl class="summary-list">
        <div>
          <dt>{t("countries.scheme.coverage")}</dt>
          <dd>
            <ul class="plain-list">
              {coverageLines(t, l, code, scheme).map((line) => <li>{line}</li>)}
              {scheme.designated ? <li>{t("countries.scheme.designated")}</li> : null}
              {scheme.designation?.note ? <L ctx={ctx} value={scheme.designation.note} as="li" /> : null}
              {scheme.designation?.url ? (
                <li>
                  <a href={scheme.designation.url} rel="noopener noreferrer">{t("countries.scheme.designationList")}</a>
                </li>
              ) : null}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t("countries.scheme.affected")}</dt>
          <dd>
            {formatList(l, scheme.affected.map((a) => t(k(`countries.affected.${a}`))))}
            {scheme.relatives?.length ? <> ({t("countries.scheme.relatives", { list: formatList(l, scheme.relatives.map((r) => t(k(`countries.relative.${r}`)))) })})</> : null}
          </dd>
        </div>
        <div>
          <dt>{t("countries.scheme.deadlines")}</dt>
          <dd>
            {scheme.deadlines.rules.length ? (
              <ul class="plain-list">
                {scheme.deadlines.rules.map((r) => <li>{ruleText(t, l, r)}</li>)}
              </ul>
            ) : (
              <span>{t("countries.scheme.noDeadline")}</span>
            )}
            {scheme.deadlines.rules.length > 1 ? <p class="hint">{t(k(`countries.scheme.combine.${scheme.deadlines.combine}`))}</p> : null}
            {scheme.deadlines.note ? <L ctx={ctx} value={scheme.deadlines.note} as="p" /> : null}
          </dd>
        </div>
        {scheme.covers.length || scheme.coversNote ? (
          <>
            <div>
              <dt>{t("countries.scheme.covers")}</dt>
              <dd>
                {scheme.covers.length ? formatList(l, scheme.covers.map((c) => t(k(`countries.cover.${c}`)))) : null}
                {scheme.coversNote ? <L ctx={ctx} value={scheme.coversNote} as="p" /> : null}
              </dd>
            </div>
          </>
        ) : null}
        {scheme.evidence.length ? (
          <>
            <div>
              <dt>{t("countries.scheme.evidence")}</dt>
              <dd>
                <ul>
                  {scheme.evidence.map((e) => <L ctx={ctx} value={e} as="li" />)}
                </ul>
              </dd>
            </div>
          </>
        ) : null}
        <div>
          <dt>{t("countries.scheme.apply")}</dt>
          <dd>
            {scheme.apply.methods.length ? <p>{formatList(l, scheme.apply.methods.map((m) => t(k(`countries.method.${m}`))))}</p> : null}
            <ApplyContacts ctx={ctx} apply={scheme.apply} />
          </dd>
        </div>
        {scheme.languages.length ? (
          <>
            <div>
              <dt>{t("countries.scheme.languages")}</dt>
              <dd>{languagesText(l, scheme.languages)}</dd>
            </div>
          </>
        ) : null}
      </dl>
      <Source ctx={ctx} meta={scheme} />
    </div>
  );
}

function ApplyContacts({ ctx, apply }: { ctx: PageContext; apply: Scheme["apply"] }) {
  const t = ctx.t;
  return (
    <ul class="plain-list">
      {apply.url ? (
        <li>
          {t("countries.contact.website")} <a href={apply.url} rel="noopener noreferrer" dir="ltr">{apply.url}</a>
        </li>
      ) : null}
      {apply.phone ? (
        <li>
          {t("countries.contact.phone")} <a href={telHref(apply.phone)} dir="ltr">{apply.phone}</a>
        </li>
      ) : null}
      {apply.email ? (
        <li>
          {t("countries.contact.email")} <a href={`mailto:${apply.email}`} dir="ltr">{apply.email}</a>
        </li>
      ) : null}
      {apply.address ? <li class="prewrap">{apply.address}</li> : null}
    </ul>
  );
}

export function ServiceList({ ctx, services }: { ctx: PageContext; services: ServiceSummary[] }) {
  const t = ctx.t;
  return (
    <ul class="item-list service-list">
      {services.map((s) => {
        const text = foreignText(ctx.locale, s.textLanguage);
        const place = [s.city, s.country ? regionName(ctx.locale, s.country) : null].filter((x): x is string => Boolean(x));
        return (
          <li>
            <a class="service-name" href={`/${ctx.locale}/services/${s.id}`} {...text}>{s.name}</a>
            <p class="meta">
              {s.organization && s.organization !== s.name ? (
                <>
                  <span {...text}>{s.organization}</span>
                  {" · "}
                </>
              ) : null}
              {place.map((part, i) => (
                <>
                  {i > 0 ? t("directory.placeSeparator") : null}
                  <bdi>{part}</bdi>
                </>
              ))}
              {s.phone ? (
                <>
                  {" · "}
                  <a href={telHref(s.phone)} dir="ltr">{s.phone}</a>
                </>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

export function NumbersList({ ctx, entries }: { ctx: PageContext; entries: NonNullable<CountryProfile["sections"]["numbers"]>["entries"] }) {
  const t = ctx.t;
  return (
    <ul class="phones">
      {entries.map((e) => (
        <li>
          <strong>{e.label ? <L ctx={ctx} value={e.label} /> : t(k(`countries.numberKind.${e.kind}`))}</strong>{" "}
          <a class="phone-link" href={telHref(e.number)} dir="ltr">{e.number}</a>
          {e.hours ? <> · <L ctx={ctx} value={e.hours} /></> : null}
        </li>
      ))}
    </ul>
  );
}

export interface CountryListView {
  q: string;
  /** Codes shown (all when there is no search), and those with information. */
  shown: ReadonlySet<string>;
  withInfo: ReadonlySet<string>;
  demo: ReadonlySet<string>;
}

/** All 195 States grouped by UN region, with a search that matches names in the six languages. */
export function renderCountryList(ctx: PageContext, v: CountryListView) {
  const t = ctx.t;
  const groups = statesByRegion(ctx.locale).map((g) => ({ ...g, states: g.states.filter((s) => v.shown.has(s.code)) })).filter((g) => g.states.length);
  return (
    <Layout ctx={ctx} title={t("countries.title")} description={t("countries.lead")}>
      <h1>{t("countries.title")}</h1>
      <p class="lead">{t("countries.lead")}</p>
      <p>
        <a class="button" href={`/${ctx.locale}/help-navigator`}>{t("navigator.start")}</a>{" "}
        <a href={`/${ctx.locale}/countries/compare`}>{t("compare.title")}</a>
      </p>
      <form class="search-form" method="get" action={`/${ctx.locale}/countries`} role="search">
        <TextInput ctx={ctx} name="q" type="search" label={t("countries.searchLabel")} hint={t("countries.searchHint")} values={{ q: v.q }} />
        <button type="submit" class="button button-secondary">{t("countries.searchSubmit")}</button>
      </form>
      <p role="status">{v.q ? t("countries.searchCount", { count: v.shown.size, q: v.q }) : t("countries.count", { count: v.shown.size })}</p>
      {groups.length === 0 ? <p>{t("countries.noMatch")}</p> : null}
      {groups.map((g) => (
        <section aria-labelledby={`region-${g.region}`}>
          <h2 id={`region-${g.region}`}>{g.name}</h2>
          <ul class="country-list">
            {g.states.map((s) => (
              <li>
                <a href={`/${ctx.locale}/countries/${s.code.toLowerCase()}`}>{s.name}</a>
                {v.withInfo.has(s.code) ? <span class="tag tag-in">{t("countries.hasInfo")}</span> : null}
                {v.demo.has(s.code) ? <span class="tag tag-demo">{t("countries.demoTag")}</span> : null}
                {s.observer ? <span class="meta"> ({t("countries.observer")})</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}

export interface ProfileView {
  code: string;
  region: UnRegion;
  observer: boolean;
  profile: CountryProfile;
  publishedAt: string | null;
  services: ServiceSummary[];
  serviceTotal: number;
}

/**
 * A profile's sections as HTML, per profile object and language (before and after the services, which
 * are the directory's and rendered every time). The published profiles, and the empty ones handed out
 * with them, are loaded again every few seconds and at once after a change, as new objects: what was
 * rendered from an older load is let go with it. Everything else the sections show (the State, its
 * region, the publication date) comes with the profile from the same load.
 */
const keptSections = new WeakMap<CountryProfile, KeptRender>();
function keptFor(profile: CountryProfile): KeptRender {
  let kept = keptSections.get(profile);
  if (!kept) {
    kept = keptRenders(12);
    keptSections.set(profile, kept);
  }
  return kept;
}

/** A country's profile: every section with its source and date, or an honest empty state. */
export function renderCountryProfile(ctx: PageContext, v: ProfileView) {
  const t = ctx.t;
  const kept = keptFor(v.profile);
  const l = ctx.locale;
  const name = regionName(l, v.code);
  const s = v.profile.sections;
  // Shown only where known: "not known" says nothing a survivor could act on.
  const sgbv = s.sgbv && s.sgbv.status !== "unknown" ? s.sgbv : null;
  const toc: [string, string][] = [
    ["authority", t("countries.section.authority")],
    ["numbers", t("countries.section.numbers")],
    ["schemes", t("countries.section.schemes")],
    ...(sgbv ? [["sgbv", t("countries.sgbv.title")] as [string, string]] : []),
    ["rights", t("countries.section.rights")],
    ["services", t("countries.section.services")],
    ["consular", t("countries.section.consular")],
    ["legislation", t("countries.section.legislation")],
  ];
  const statuses = PROVISIONS.map((p) => ({ ...p, entry: s.legislation?.provisions[p.id] }));
  const labels = statusLabels(ctx);
  return (
    <Layout
      ctx={ctx}
      title={name}
      description={t("countries.profileLead", { country: name })}
      head={
        v.profile.schemes.length ? (
          <JsonLd
            ctx={ctx}
            data={{
              "@context": "https://schema.org",
              "@graph": v.profile.schemes.map((sc) => ({
                "@type": "GovernmentService",
                name: pickText(sc.name, l)?.text,
                provider: { "@type": "GovernmentOrganization", name: pickText(sc.operator, l)?.text },
                areaServed: { "@type": "Country", name },
                ...(sc.apply.url ? { url: sc.apply.url } : {}),
              })),
            }}
          />
        ) : undefined
      }
    >
      {kept(`before|${l}`, () => (
        <>
          <Breadcrumbs ctx={ctx} items={[{ href: `/${l}/`, label: t("nav.home") }, { href: `/${l}/countries`, label: t("countries.title") }]} />
          <h1>{name}</h1>
          <p class="meta">
            {regionName(l, v.region)}
            {v.observer ? ` · ${t("countries.observer")}` : ""}
            {v.publishedAt ? ` · ${t("countries.updated", { date: formatDate(l, v.publishedAt) })}` : ""}
          </p>
          {v.profile.demo ? <p class="notice" role="note">{t("countries.demoNotice")}</p> : null}
          <p class="lead">{t("countries.profileLead", { country: name })}</p>
          <p>
            <a class="button" href={`/${l}/help-navigator/where?attack=${v.code}`}>{t("countries.navigatorFrom", { country: name })}</a>
          </p>
          <nav class="subnav" aria-label={t("countries.contents")}>
            <ul class="inline-list">
              {toc.map(([id, label]) => (
                <li><a href={`#${id}`}>{label}</a></li>
              ))}
            </ul>
          </nav>

          <Section ctx={ctx} id="authority" title={t("countries.section.authority")}>
            {s.authority?.entries.length ? (
              <ul class="item-list">
                {s.authority.entries.map((e) => (
                  <li>
                    <L ctx={ctx} value={e.name} as="strong" />
                    {e.description ? <L ctx={ctx} value={e.description} as="p" /> : null}
                    <ul class="plain-list">
                      {e.phone ? <li>{t("countries.contact.phone")} <a href={telHref(e.phone)} dir="ltr">{e.phone}</a></li> : null}
                      {e.email ? <li>{t("countries.contact.email")} <a href={`mailto:${e.email}`} dir="ltr">{e.email}</a></li> : null}
                      {e.website ? <li>{t("countries.contact.website")} <a href={e.website} rel="noopener noreferrer" dir="ltr">{e.website}</a></li> : null}
                    </ul>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptySection ctx={ctx} code={v.code} section="authority" />
            )}
            <Source ctx={ctx} meta={s.authority} />
          </Section>

          <Section ctx={ctx} id="numbers" title={t("countries.section.numbers")}>
            {s.numbers?.entries.length ? <NumbersList ctx={ctx} entries={s.numbers.entries} /> : <EmptySection ctx={ctx} code={v.code} section="numbers" />}
            <Source ctx={ctx} meta={s.numbers} />
          </Section>

          <Section ctx={ctx} id="schemes" title={t("countries.section.schemes")}>
            {v.profile.schemes.length ? (
              v.profile.schemes.map((sc) => <SchemeDetails ctx={ctx} code={v.code} scheme={sc} />)
            ) : (
              <EmptySection ctx={ctx} code={v.code} section="schemes" />
            )}
          </Section>

          {sgbv ? (
            <Section ctx={ctx} id="sgbv" title={t("countries.sgbv.title")}>
              <p>
                {t("countries.sgbv.question")} <strong>{t(`countries.sgbv.status.${sgbv.status}`)}</strong>
              </p>
              {sgbv.note ? <L ctx={ctx} value={sgbv.note} as="p" /> : null}
              <Source ctx={ctx} meta={sgbv} />
              <p>
                <a href={`${sgbvSearchHref(l)}&country=${v.code}`}>{t("countries.sgbv.findHelp", { country: name })}</a>
              </p>
            </Section>
          ) : null}

          <Section ctx={ctx} id="rights" title={t("countries.section.rights")}>
            {s.rights?.text || s.rights?.participation ? (
              <>
                {s.rights.text ? <L ctx={ctx} value={s.rights.text} as="p" /> : null}
                {s.rights.participation ? (
                  <>
                    <h3>{t("countries.participation")}</h3>
                    <L ctx={ctx} value={s.rights.participation} as="p" />
                  </>
                ) : null}
              </>
            ) : (
              <EmptySection ctx={ctx} code={v.code} section="rights" />
            )}
            <Source ctx={ctx} meta={s.rights} />
          </Section>
        </>
      ))}
      <Section ctx={ctx} id="services" title={t("countries.section.services")}>
        {v.services.length ? (
          <>
            <ServiceList ctx={ctx} services={v.services} />
            <p>
              <a href={`/${l}/services?country=${v.code}`}>{t("countries.allServices", { count: v.serviceTotal, country: name })}</a>
            </p>
          </>
        ) : (
          <p class="notice empty-section">
            {t("countries.noServices")} <a href={`/${l}/services/propose`}>{t("countries.proposeService")}</a>
          </p>
        )}
        <p class="meta">{t("countries.servicesSource")}</p>
      </Section>

      {kept(`after|${l}`, () => (
        <>
          <Section ctx={ctx} id="consular" title={t("countries.section.consular")}>
            {s.consular ? <L ctx={ctx} value={s.consular.text} as="p" /> : <EmptySection ctx={ctx} code={v.code} section="consular" />}
            <Source ctx={ctx} meta={s.consular} />
          </Section>

          <Section ctx={ctx} id="legislation" title={t("countries.section.legislation")}>
            {s.legislation?.text ? <L ctx={ctx} value={s.legislation.text} as="p" /> : null}
            {statuses.some((p) => p.entry) ? (
              <div class="table-wrap">
                <table class="provision-table">
                  <caption>{t("countries.provisionsCaption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("compare.provision")}</th>
                      <th scope="col">{t("compare.status")}</th>
                      <th scope="col">{t("compare.citation")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {statuses.map((p) => (
                      <tr>
                        <th scope="row">{t(k(`provision.${p.id}`))}</th>
                        <td><StatusBadge status={p.entry?.status ?? "unknown"} label={labels[p.entry?.status ?? "unknown"]} /></td>
                        <td>{p.entry?.citation ?? ""}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <EmptySection ctx={ctx} code={v.code} section="legislation" />
            )}
            <Source ctx={ctx} meta={s.legislation} />
            <p>
              <a href={`/${l}/countries/compare?region=${v.region}`}>{t("compare.title")}</a>
            </p>
          </Section>
        </>
      ))}
    </Layout>
  );
}

const STATUS_MARK: Record<ProvisionStatus, string> = { in_place: "●", partly: "◐", not: "○", unknown: "?" };

/** The provision statuses' names in the reader's language, built once per table. */
function statusLabels(ctx: PageContext): Record<ProvisionStatus, string> {
  return Object.fromEntries(PROVISION_STATUSES.map((s) => [s, ctx.t(k(`provisionStatus.${s}`))])) as Record<ProvisionStatus, string>;
}

/** A status as a symbol (hidden from screen readers) and its name, never by colour alone. */
function StatusBadge({ status, label }: { status: ProvisionStatus; label: string }) {
  return (
    <span class={`status status-${status}`}>
      <span aria-hidden="true">{STATUS_MARK[status]} </span>
      {label}
    </span>
  );
}

export interface CompareView {
  values: FormValues;
  errors?: FieldErrors | undefined;
  regions: { value: string; label: string }[];
  provisions: readonly (typeof PROVISIONS)[number][];
  rows: { code: string; name: string; statuses: Record<string, { status: ProvisionStatus; citation?: string | undefined }> }[];
  csvHref: string;
}

/** The Model Legislative Provisions matrix: countries × provisions, filterable, with a CSV export. */
export function renderComparison(ctx: PageContext, v: CompareView) {
  const t = ctx.t;
  const l = ctx.locale;
  const labels = statusLabels(ctx);
  const raw = v.values.provision;
  const selected = new Set(Array.isArray(raw) ? raw : raw ? [raw] : []);
  return (
    <Layout ctx={ctx} title={t("compare.title")} description={t("compare.lead")} hasErrors={Boolean(v.errors)}>
      <Breadcrumbs ctx={ctx} items={[{ href: `/${l}/`, label: t("nav.home") }, { href: `/${l}/countries`, label: t("countries.title") }]} />
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} /> : null}
      <h1>{t("compare.title")}</h1>
      <p class="lead">{t("compare.lead")}</p>
      <form class="filters" method="get" action={`/${l}/countries/compare`}>
        <Select ctx={ctx} name="region" label={t("compare.region")} values={v.values} errors={v.errors} options={[{ value: "", label: t("compare.allRegions") }, ...v.regions]} />
        <details class="more-filters" open={Boolean(v.values.provision) || Boolean(v.errors?.provision)}>
          <summary>{t("compare.chooseProvisions")}</summary>
          <FieldError ctx={ctx} name="provision" error={v.errors?.provision} />
          {PROVISION_GROUPS.map((g) => (
            <fieldset class="field">
              <legend>{t(k(`provisionGroup.${g}`))}</legend>
              <div class="choices">
                {PROVISIONS.filter((p) => p.group === g).map((p) => {
                  // The first box carries the field's id, so the error summary can link to it.
                  const id = p.id === PROVISIONS[0].id ? "field-provision" : `field-provision-${p.id}`;
                  return (
                    <div class="choice">
                      <input type="checkbox" id={id} name="provision" value={p.id} checked={selected.has(p.id)} />
                      <label for={id}>{t(k(`provision.${p.id}`))}</label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          ))}
        </details>
        <div class="field choices">
          <div class="choice">
            <input type="checkbox" id="field-all" name="all" value="1" checked={v.values.all === "1"} />
            <label for="field-all">{t("compare.includeEmpty")}</label>
          </div>
        </div>
        <button type="submit" class="button button-secondary">{t("compare.apply")}</button>
      </form>
      <p>
        <a href={v.csvHref} download>{t("compare.csv")}</a>
      </p>
      <p role="status">{t("compare.count", { count: v.rows.length })}</p>
      <p class="meta">{t("compare.legend")}</p>
      {v.rows.length ? (
        <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="compare-caption">
          <table class="compare-table">
            <caption id="compare-caption">{t("compare.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("compare.country")}</th>
                {v.provisions.map((p) => (
                  <th scope="col">{t(k(`provision.${p.id}`))}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {v.rows.map((r) => (
                <tr>
                  <th scope="row">
                    <a href={`/${l}/countries/${r.code.toLowerCase()}#legislation`}>{r.name}</a>
                  </th>
                  {Object.keys(r.statuses).length === 0 ? (
                    <td colSpan={v.provisions.length} class="meta">{t("compare.noInfo")}</td>
                  ) : null}
                  {Object.keys(r.statuses).length === 0 ? null : v.provisions.map((p) => {
                    const entry = r.statuses[p.id];
                    const status = entry?.status ?? "unknown";
                    return (
                      <td>
                        <StatusBadge status={status} label={labels[status]} />
                        {entry?.citation ? <span class="citation">{entry.citation}</span> : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("compare.none")}</p>
      )}
    </Layout>
  );
}

