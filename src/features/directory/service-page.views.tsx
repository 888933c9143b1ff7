import { formatClockTime, formatDate, formatList, formatMoney, weekdayName } from "../../i18n/format.ts";
import { foreignText } from "../../i18n/locales.ts";
import { Breadcrumbs, ErrorSummary, JsonLd, Radios, TextArea, CsrfField } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import { REPORT_PROBLEMS } from "./directory.schema.ts";
import { SERVICE_FEATURES, SERVICE_TYPES, TERM_BY_ID, WHEELCHAIR_TERM, isServiceType } from "./directory.taxonomy.ts";
import { countryName, languageNameOf, lastCheckedText, typeName } from "./directory.views.tsx";
import type { HsdsRow, HsdsTables } from "./hsds/tables.ts";
import { UN_STATE_BY_CODE } from "../countries/countries.data.ts";

const DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

const s = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);
const n = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** One service with everything around it, looked up by foreign key. */
export class ServiceRecord {
  readonly service: HsdsRow;
  constructor(
    private readonly tables: HsdsTables,
    serviceId: string,
    readonly textLanguage: string | null,
  ) {
    this.service = (tables.service ?? []).find((r) => r.id === serviceId)!;
  }
  rows(table: keyof HsdsTables, field: string, id: unknown): HsdsRow[] {
    return typeof id === "string" ? (this.tables[table] ?? []).filter((r) => r[field] === id) : [];
  }
  get id(): string {
    return this.service.id as string;
  }
  get organization(): HsdsRow | undefined {
    return this.rows("organization", "id", this.service.organization_id)[0];
  }
  get locations(): { sal: HsdsRow; location: HsdsRow; addresses: HsdsRow[] }[] {
    return this.rows("service_at_location", "service_id", this.id).flatMap((sal) => {
      const location = this.rows("location", "id", sal.location_id)[0];
      return location ? [{ sal, location, addresses: this.rows("address", "location_id", location.id) }] : [];
    });
  }
  termIds(linkId: unknown): string[] {
    return this.rows("attribute", "link_id", linkId).map((a) => a.taxonomy_term_id).filter((v): v is string => typeof v === "string");
  }
  get phones(): HsdsRow[] {
    return this.rows("phone", "service_id", this.id);
  }
  get languages(): string[] {
    return [...new Set(this.rows("language", "service_id", this.id).map((l) => s(l.code)?.toLowerCase()).filter((v): v is string => Boolean(v)))];
  }
  schedulesFor(location: HsdsRow | undefined, sal: HsdsRow | undefined): HsdsRow[] {
    const own = sal ? this.rows("schedule", "service_at_location_id", sal.id) : [];
    if (own.length) return own;
    const service = this.rows("schedule", "service_id", this.id).filter((r) => !r.service_at_location_id && !r.location_id);
    if (service.length) return service;
    return location ? this.rows("schedule", "location_id", location.id).filter((r) => !r.service_at_location_id) : [];
  }
}

function formatTime(ctx: PageContext, hhmm: string): string {
  const m = /^(\d{2}):(\d{2})/.exec(hhmm);
  return m ? formatClockTime(ctx.locale, Number(m[1]), Number(m[2])) : hhmm;
}

function utcOffset(ctx: PageContext, hours: number | undefined): string | null {
  if (hours === undefined) return null;
  const sign = hours < 0 ? "−" : "+";
  const abs = Math.abs(hours);
  const h = Math.floor(abs);
  const m = Math.round((abs - h) * 60);
  return ctx.t("directory.service.utcOffset", { offset: `${sign}${h}${m ? `:${String(m).padStart(2, "0")}` : ""}` });
}

/** Opening hours: one line per day in the reader's day names and time format. */
function Hours({ ctx, schedules, text }: { ctx: PageContext; schedules: HsdsRow[]; text: { lang?: string; dir?: "rtl" | "ltr" } }) {
  const t = ctx.t;
  const perDay = new Map<number, string[]>();
  const notes: string[] = [];
  let offset: number | undefined;
  for (const r of schedules) {
    if (s(r.description)) notes.push(s(r.description)!);
    if (s(r.notes)) notes.push(s(r.notes)!);
    if (r.freq !== "WEEKLY" || !s(r.byday) || !s(r.opens_at) || !s(r.closes_at)) continue;
    offset ??= n(r.timezone);
    const allDay = s(r.opens_at)!.startsWith("00:00") && /^23:59|^24:00/.test(s(r.closes_at)!);
    const range = allDay ? t("directory.service.allDay") : t("directory.service.timeRange", { from: formatTime(ctx, s(r.opens_at)!), to: formatTime(ctx, s(r.closes_at)!) });
    for (const d of s(r.byday)!.split(",")) {
      const i = DAYS.indexOf(d.trim().toUpperCase() as (typeof DAYS)[number]);
      if (i >= 0) perDay.set(i, [...(perDay.get(i) ?? []), range]);
    }
  }
  if (perDay.size === 0 && notes.length === 0) return <p>{t("directory.service.noHours")}</p>;
  return (
    <>
      {perDay.size ? (
        <table class="hours">
          <caption class="visually-hidden">{t("directory.service.hours")}</caption>
          <tbody>
            {DAYS.map((_, i) => (
              <tr>
                <th scope="row">{weekdayName(ctx.locale, i)}</th>
                <td>{perDay.has(i) ? formatList(ctx.locale, perDay.get(i)!) : t("directory.service.closed")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {utcOffset(ctx, offset) ? <p class="hint">{utcOffset(ctx, offset)}</p> : null}
      {[...new Set(notes)].map((note) => (
        <p {...text}>{note}</p>
      ))}
    </>
  );
}

function Phone({ ctx, phone, text }: { ctx: PageContext; phone: HsdsRow; text: { lang?: string; dir?: "rtl" | "ltr" } }) {
  const number = s(phone.number) ?? "";
  const digits = number.replace(/[^\d+]/g, "");
  const ext = n(phone.extension);
  return (
    <li>
      <a href={`tel:${digits}${ext !== undefined ? `;ext=${ext}` : ""}`} dir="ltr" class="phone-link">
        {number}
      </a>
      {ext !== undefined ? <span> {ctx.t("directory.service.extension", { ext })}</span> : null}
      {s(phone.description) ? <span {...text}> – {s(phone.description)}</span> : null}
    </li>
  );
}

function addressLines(a: HsdsRow): string[] {
  return [s(a.attention), s(a.address_1), s(a.address_2), [s(a.postal_code), s(a.city)].filter(Boolean).join(" "), s(a.state_province), s(a.region)]
    .filter((v): v is string => Boolean(v))
    .filter((v, i, all) => all.indexOf(v) === i);
}

function jsonLd(ctx: PageContext, rec: ServiceRecord) {
  const svc = rec.service;
  const org = rec.organization;
  return {
    "@context": "https://schema.org",
    "@type": "Service",
    "@id": `${ctx.origin}/${ctx.locale}/services/${rec.id}`,
    name: s(svc.name),
    description: s(svc.description),
    url: `${ctx.origin}/${ctx.locale}/services/${rec.id}`,
    ...(rec.textLanguage ? { inLanguage: rec.textLanguage } : {}),
    provider: org ? { "@type": "Organization", name: s(org.name), ...(s(org.website) ? { url: s(org.website) } : {}), ...(s(org.email) ? { email: s(org.email) } : {}) } : undefined,
    availableLanguage: rec.languages,
    category: rec.termIds(rec.id).map((id) => TERM_BY_ID.get(id)).filter(isServiceType).map((term) => term.names.en),
    availableChannel: [
      ...rec.phones.map((p) => ({ "@type": "ServiceChannel", servicePhone: { "@type": "ContactPoint", telephone: s(p.number) } })),
      ...(s(svc.url) ? [{ "@type": "ServiceChannel", serviceUrl: s(svc.url) }] : []),
      ...rec.locations
        .filter((l) => l.location.location_type === "physical")
        .map(({ location, addresses }) => ({
          "@type": "ServiceChannel",
          serviceLocation: {
            "@type": "Place",
            name: s(location.name),
            ...(addresses[0]
              ? {
                  address: {
                    "@type": "PostalAddress",
                    streetAddress: [s(addresses[0].address_1), s(addresses[0].address_2)].filter(Boolean).join(", "),
                    addressLocality: s(addresses[0].city),
                    addressRegion: s(addresses[0].state_province),
                    postalCode: s(addresses[0].postal_code),
                    addressCountry: s(addresses[0].country),
                  },
                }
              : {}),
            ...(n(location.latitude) !== undefined && n(location.longitude) !== undefined
              ? { geo: { "@type": "GeoCoordinates", latitude: n(location.latitude), longitude: n(location.longitude) } }
              : {}),
          },
        })),
    ],
  };
}

export function renderServicePage(
  ctx: PageContext,
  rec: ServiceRecord,
  v: { termNames: Map<string, string>; atLocation: string | null; free: boolean },
) {
  const t = ctx.t;
  const svc = rec.service;
  const org = rec.organization;
  const text = foreignText(ctx.locale, rec.textLanguage);
  const types = SERVICE_TYPES.filter((st) => rec.termIds(rec.id).includes(st.id) || (st.linkEntity === "organization" && org && rec.termIds(org.id).includes(st.id)));
  // The country profile says what victims can claim there (and, where known, whether survivors of sexual violence are recognised).
  const profileCountries = [
    ...new Set(rec.locations.flatMap((l) => l.addresses.map((a) => s(a.country)?.toUpperCase() ?? "")).filter((c) => UN_STATE_BY_CODE.has(c))),
  ];
  const features = SERVICE_FEATURES.filter((f) => rec.termIds(rec.id).includes(f.id));
  const locations = [...rec.locations].sort((a, b) => (a.location.id === v.atLocation ? -1 : b.location.id === v.atLocation ? 1 : 0));
  const costs = rec.rows("cost_option", "service_id", rec.id);
  const areas = rec.rows("service_area", "service_id", rec.id);
  const documents = rec.rows("required_document", "service_id", rec.id);
  const contacts = rec.rows("contact", "service_id", rec.id);
  const minAge = n(svc.minimum_age);
  const maxAge = n(svc.maximum_age);
  return (
    <Layout ctx={ctx} title={s(svc.name) ?? ""} description={s(svc.description)?.slice(0, 300)} head={<JsonLd ctx={ctx} data={jsonLd(ctx, rec)} />}>
      <Breadcrumbs
        ctx={ctx}
        items={[
          { href: `/${ctx.locale}/`, label: t("nav.home") },
          { href: `/${ctx.locale}/services`, label: t("directory.title") },
        ]}
      />
      <article class="service-page">
        <h1 {...text}>{s(svc.name)}</h1>
        {org ? (
          <p class="listing-org">
            {t("directory.service.providedBy")}{" "}
            <a href={`/${ctx.locale}/services/organizations/${org.id}`} {...text}>
              {s(org.name)}
            </a>
          </p>
        ) : null}
        {svc.status !== "active" ? <p class="notice notice-urgent">{t(`directory.status.${String(svc.status).replace(" ", "_")}` as never)}</p> : null}
        {s(svc.alert) ? (
          <div class="notice" role="note">
            <p>
              <strong>{t("directory.service.alert")}</strong> <span {...text}>{s(svc.alert)}</span>
            </p>
          </div>
        ) : null}
        {types.length ? <p class="listing-types">{formatList(ctx.locale, types.map((st) => typeName(ctx, v.termNames, st.code)))}</p> : null}
        {features.length ? (
          <ul class="badges" aria-label={t("directory.gender.service.features")}>
            {features.map((f) => (
              <li class="badge">{v.termNames.get(f.id) ?? f.names[ctx.locale]}</li>
            ))}
          </ul>
        ) : null}
        <p class="meta">{lastCheckedText(ctx, s(svc.assured_date))}</p>

        <section aria-labelledby="contact">
          <h2 id="contact">{t("directory.service.contact")}</h2>
          {rec.phones.length ? (
            <ul class="phones">
              {rec.phones.map((p) => (
                <Phone ctx={ctx} phone={p} text={text} />
              ))}
            </ul>
          ) : null}
          <ul class="plain-list">
            {s(svc.email) ? (
              <li>
                {t("directory.service.email")} <a href={`mailto:${s(svc.email)}`} dir="ltr">{s(svc.email)}</a>
              </li>
            ) : null}
            {s(svc.url) ? (
              <li>
                {t("directory.service.website")} <a href={s(svc.url)} rel="noopener noreferrer" dir="ltr">{s(svc.url)}</a>
              </li>
            ) : null}
            {contacts.map((c) => (
              <li {...text}>{[s(c.name), s(c.title), s(c.department)].filter(Boolean).join(", ")}{s(c.email) ? ` – ${s(c.email)}` : ""}</li>
            ))}
          </ul>
          {!rec.phones.length && !s(svc.email) && !s(svc.url) ? <p>{t("directory.service.noContact")}</p> : null}
        </section>

        {s(svc.description) ? (
          <section aria-labelledby="what">
            <h2 id="what">{t("directory.service.what")}</h2>
            <p {...text} class="prewrap">{s(svc.description)}</p>
          </section>
        ) : null}

        <section aria-labelledby="who">
          <h2 id="who">{t("directory.service.who")}</h2>
          {s(svc.eligibility_description) ? <p {...text} class="prewrap">{s(svc.eligibility_description)}</p> : <p>{t("directory.service.whoUnknown")}</p>}
          {minAge !== undefined || maxAge !== undefined ? (
            <p>
              {minAge !== undefined && maxAge !== undefined
                ? t("directory.service.ageRange", { min: minAge, max: maxAge })
                : minAge !== undefined
                  ? t("directory.service.ageMin", { min: minAge })
                  : t("directory.service.ageMax", { max: maxAge ?? 0 })}
            </p>
          ) : null}
          {areas.length ? (
            <p>
              {t("directory.service.areas")} <span {...text}>{formatList(ctx.locale, areas.map((a) => s(a.name) ?? s(a.description) ?? "").filter(Boolean))}</span>
            </p>
          ) : null}
        </section>

        <section aria-labelledby="languages">
          <h2 id="languages">{t("directory.service.languages")}</h2>
          <p>{rec.languages.length ? formatList(ctx.locale, rec.languages.map((c) => languageNameOf(ctx, c))) : t("directory.service.languagesUnknown")}</p>
          {s(svc.interpretation_services) ? <p {...text}>{s(svc.interpretation_services)}</p> : null}
        </section>

        <section aria-labelledby="how">
          <h2 id="how">{t("directory.service.how")}</h2>
          {s(svc.application_process) ? <p {...text} class="prewrap">{s(svc.application_process)}</p> : <p>{t("directory.service.howUnknown")}</p>}
          {documents.length ? (
            <>
              <h3>{t("directory.service.documents")}</h3>
              <ul>
                {documents.map((d) => (
                  <li {...text}>{s(d.uri) ? <a href={s(d.uri)}>{s(d.document) ?? s(d.uri)}</a> : s(d.document)}</li>
                ))}
              </ul>
            </>
          ) : null}
          {s(svc.wait_time) ? <p>{t("directory.service.waitTime")} <span {...text}>{s(svc.wait_time)}</span></p> : null}
        </section>

        <section aria-labelledby="cost">
          <h2 id="cost">{t("directory.service.cost")}</h2>
          {v.free ? <p><strong>{t("directory.badge.free")}</strong></p> : null}
          {costs
            .filter((c) => (n(c.amount) ?? 0) > 0)
            .map((c) => (
              <p>
                {formatMoney(ctx.locale, n(c.amount)!, s(c.currency))}
                {s(c.option) || s(c.amount_description) ? <span {...text}> – {[s(c.option), s(c.amount_description)].filter(Boolean).join(", ")}</span> : null}
              </p>
            ))}
          {s(svc.fees_description) ? <p {...text}>{s(svc.fees_description)}</p> : null}
          {!v.free && costs.length === 0 && !s(svc.fees_description) ? <p>{t("directory.service.costUnknown")}</p> : null}
        </section>

        <section aria-labelledby="where">
          <h2 id="where">{t("directory.service.where")}</h2>
          {locations.length === 0 ? <p>{t("directory.service.noLocation")}</p> : null}
          {locations.map(({ sal, location, addresses }, i) => {
            const virtual = location.location_type === "virtual";
            const physical = addresses.find((a) => a.address_type === "physical") ?? (virtual ? undefined : addresses[0]);
            const wheelchair = rec.termIds(location.id).includes(WHEELCHAIR_TERM.id);
            const access = rec.rows("accessibility", "location_id", location.id);
            const lat = n(location.latitude);
            const lon = n(location.longitude);
            return (
              <section class="location" aria-labelledby={`location-${i}`}>
                <h3 id={`location-${i}`} {...text}>
                  {s(location.name) ?? (virtual ? t("directory.service.remoteLocation") : physical ? (s(physical.city) ?? t("directory.service.location")) : t("directory.service.location"))}
                </h3>
                {virtual ? <p>{t("directory.service.remote")}{s(location.url) ? <> <a href={s(location.url)} dir="ltr">{s(location.url)}</a></> : null}</p> : null}
                {physical ? (
                  <address {...text}>
                    {addressLines(physical).map((line) => (
                      <>
                        {line}
                        <br />
                      </>
                    ))}
                    {s(physical.country) ? countryName(ctx, s(physical.country)!.toUpperCase()) : null}
                  </address>
                ) : null}
                {s(location.transportation) ? (
                  <p>
                    {t("directory.service.gettingThere")} <span {...text}>{s(location.transportation)}</span>
                  </p>
                ) : null}
                {!virtual && lat !== undefined && lon !== undefined ? (
                  <p class="no-print">
                    <a href={`geo:${lat},${lon}`}>{t("directory.service.openInMaps")}</a>
                  </p>
                ) : null}
                {wheelchair ? <p>{t("directory.badge.wheelchair")}</p> : null}
                {access.map((a) => (
                  <p {...text}>{[s(a.description), s(a.details)].filter(Boolean).join(" – ")}</p>
                ))}
                {s(sal.description) ? <p {...text}>{s(sal.description)}</p> : null}
                <h4>{t("directory.service.hours")}</h4>
                <Hours ctx={ctx} schedules={rec.schedulesFor(location, sal)} text={text} />
              </section>
            );
          })}
          {locations.length === 0 ? (
            <>
              <h3>{t("directory.service.hours")}</h3>
              <Hours ctx={ctx} schedules={rec.schedulesFor(undefined, undefined)} text={text} />
            </>
          ) : null}
          {profileCountries.length ? (
            <ul class="plain-list no-print">
              {profileCountries.map((code) => (
                <li>
                  <a href={`/${ctx.locale}/countries/${code.toLowerCase()}`}>{t("directory.gender.service.countryProfile", { country: countryName(ctx, code) })}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </section>

        <footer class="service-footer">
          <p class="meta">{lastCheckedText(ctx, s(svc.assured_date))}</p>
          {s(svc.last_modified) ? <p class="meta">{t("directory.service.lastUpdated", { date: formatDate(ctx.locale, s(svc.last_modified)!) })}</p> : null}
          <ul class="inline-list no-print">
            <li>
              <a href={`/${ctx.locale}/services/${rec.id}/report`}>{t("directory.report.link")}</a>
            </li>
            <li>
              <a href={`/api/hsds/services/${rec.id}`} type="application/json">{t("directory.service.asData")}</a>
            </li>
          </ul>
        </footer>
      </article>
    </Layout>
  );
}

export function renderReportForm(
  ctx: PageContext,
  v: { serviceId: string; serviceName: string; textLanguage: string | null; values?: FormValues; errors?: FieldErrors },
) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("directory.report.title")} hasErrors={Boolean(v.errors)} noindex>
      <Breadcrumbs
        ctx={ctx}
        items={[
          { href: `/${ctx.locale}/services`, label: t("directory.title") },
          { href: `/${ctx.locale}/services/${v.serviceId}`, label: v.serviceName },
        ]}
      />
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} /> : null}
      <h1>{t("directory.report.title")}</h1>
      <p>
        {t("directory.report.about")} <strong {...foreignText(ctx.locale, v.textLanguage)}>{v.serviceName}</strong>
      </p>
      <p>{t("directory.report.intro")}</p>
      <form method="post" action={`/${ctx.locale}/services/${v.serviceId}/report`} novalidate>
        <CsrfField ctx={ctx} />
        <Radios
          ctx={ctx}
          name="problem"
          label={t("directory.report.problem")}
          options={REPORT_PROBLEMS.map((p) => ({ value: p, label: t(`directory.report.problem.${p}`) }))}
          errors={v.errors}
          values={v.values}
        />
        <TextArea ctx={ctx} name="details" label={t("directory.report.details")} hint={t("directory.report.detailsHint")} errors={v.errors} values={v.values} rows={4} />
        <button type="submit" class="button">{t("directory.report.submit")}</button>
      </form>
    </Layout>
  );
}
