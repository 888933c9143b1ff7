import { diffLines } from "diff";
import { formatDateTime, regionName } from "../../i18n/format.ts";
import { AUTONYM, LANG_TAG, LOCALES, textDirection, type Locale } from "../../i18n/locales.ts";
import { Checkboxes, CsrfField, ErrorSummary, Radios, Select, TextArea, TextInput } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import { RULE_ROWS, type EditableSection } from "./admin-countries.form.ts";
import type { RevisionRow, StoredProfile } from "./countries.repo.ts";
import { AFFECTED, APPLY_METHODS, COVERS, NUMBER_KINDS, RELATIVES, RESIDENCE, SGBV_STATUSES, pickText, type CountryProfile } from "./countries.schema.ts";
import { k, sectionTitleKey } from "./countries.text.ts";
import { DEADLINE_EVENTS } from "./deadlines.ts";
import { PROVISIONS, PROVISION_STATUSES } from "./provisions.ts";

const adminBase = (ctx: PageContext, code: string) => `/${ctx.locale}/admin/countries/${code.toLowerCase()}`;

export interface AdminCountryRow {
  code: string;
  name: string;
  stored: StoredProfile | undefined;
}

/** The countries a member of staff may edit, with where each profile stands. */
export function renderAdminCountryList(ctx: PageContext, v: { rows: AdminCountryRow[]; pendingOnly: boolean }) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("admin.countries.title")} area="admin">
      <h1>{t("admin.countries.title")}</h1>
      <p>{t("admin.countries.lead")}</p>
      <p>
        <a href={`/${ctx.locale}/admin/countries${v.pendingOnly ? "" : "?pending=1"}`}>{v.pendingOnly ? t("admin.countries.showAll") : t("admin.countries.showPending")}</a>
        {" · "}
        <a href="/api/v1/countries/export" download>{t("admin.countries.export")}</a>
      </p>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{t("admin.countries.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("compare.country")}</th>
              <th scope="col">{t("admin.countries.state")}</th>
              <th scope="col">{t("admin.countries.updated")}</th>
            </tr>
          </thead>
          <tbody>
            {v.rows.map((r) => (
              <tr>
                <th scope="row">
                  <a href={adminBase(ctx, r.code)}>{r.name}</a>
                </th>
                <td>
                  {r.stored?.pendingRevision ? <span class="tag tag-draft">{t("admin.countries.pending")}</span> : null}{" "}
                  {r.stored?.publishedRevision ? <span class="tag tag-published">{t("admin.countries.published", { n: r.stored.publishedRevision })}</span> : <span class="tag tag-missing">{t("admin.countries.none")}</span>}
                  {r.stored?.isDemo ? <> <span class="tag tag-demo">{t("countries.demoTag")}</span></> : null}
                </td>
                <td>{r.stored ? formatDateTime(ctx.locale, r.stored.updatedAt) : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

export interface AdminCountryView {
  code: string;
  profile: CountryProfile;
  number: number;
  pending: number | null;
  published: number | null;
  canPublish: boolean;
  revisions: RevisionRow[];
  diff: { from: number; to: number; a: string; b: string } | null;
}

/** One country in the staff area: its sections and schemes to edit, the change waiting for review, the history. */
export function renderAdminCountry(ctx: PageContext, v: AdminCountryView) {
  const t = ctx.t;
  const l = ctx.locale;
  const base = adminBase(ctx, v.code);
  const name = regionName(l, v.code);
  const sections: EditableSection[] = ["authority", "numbers", "rights", "consular", "legislation", "sgbv"];
  return (
    <Layout ctx={ctx} title={t("admin.countries.editTitle", { country: name })} area="admin">
      <p>
        <a href={`/${l}/admin/countries`}>{t("admin.countries.title")}</a>
      </p>
      <h1>{t("admin.countries.editTitle", { country: name })}</h1>
      <p>
        <a href={`/${l}/countries/${v.code.toLowerCase()}`}>{t("admin.countries.viewPublic")}</a>
      </p>
      {v.pending ? (
        <section class="panel" aria-labelledby="review-title">
          <h2 id="review-title">{t("admin.countries.reviewTitle", { n: v.pending })}</h2>
          <p>{v.canPublish ? t("admin.countries.reviewHelp") : t("admin.countries.waiting")}</p>
          <p>
            <a href={`${base}?from=${v.published ?? 0}&to=${v.pending}#changes`}>{t("admin.countries.seeChanges")}</a>
          </p>
          {v.canPublish ? (
            <form method="post" action={`${base}/review`} novalidate>
              <CsrfField ctx={ctx} />
              <input type="hidden" name="revision" value={String(v.pending)} />
              <TextInput ctx={ctx} name="note" label={t("admin.countries.reviewNote")} />
              <div class="button-row">
                <button type="submit" name="decision" value="publish" class="button">{t("admin.countries.publish")}</button>
                <button type="submit" name="decision" value="return" class="button button-secondary">{t("admin.countries.return")}</button>
              </div>
            </form>
          ) : null}
        </section>
      ) : null}

      <h2>{t("admin.countries.sections")}</h2>
      <ul class="item-list">
        {sections.map((s) => (
          <li>
            <a href={`${base}/section/${s}`}>{t(sectionTitleKey(s))}</a>
          </li>
        ))}
      </ul>

      <h2>{t("countries.section.schemes")}</h2>
      {v.profile.schemes.length ? (
        <ul class="item-list">
          {v.profile.schemes.map((s) => (
            <li>
              <a href={`${base}/schemes/${s.id}`}>{pickText(s.name, l)?.text ?? s.id}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("admin.countries.noSchemes")}</p>
      )}
      <p>
        <a class="button button-secondary" href={`${base}/schemes/new`}>{t("admin.countries.addScheme")}</a>
      </p>

      <h2 id="history">{t("admin.countries.history")}</h2>
      {v.revisions.length ? (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("admin.countries.revision")}</th>
                <th scope="col">{t("admin.countries.state")}</th>
                <th scope="col">{t("admin.countries.by")}</th>
                <th scope="col">{t("admin.countries.note")}</th>
                <th scope="col"><span class="visually-hidden">{t("admin.countries.actions")}</span></th>
              </tr>
            </thead>
            <tbody>
              {v.revisions.map((r) => (
                <tr>
                  <th scope="row">
                    {r.number > 1 ? <a href={`${base}?from=${r.number - 1}&to=${r.number}#changes`}>{t("admin.countries.revisionN", { n: r.number })}</a> : t("admin.countries.revisionN", { n: r.number })}
                  </th>
                  <td>{t(k(`admin.countries.revState.${r.state}`))}</td>
                  <td>
                    {r.authorName ?? t("admin.countries.system")} · {formatDateTime(l, r.createdAt)}
                    {r.reviewedAt ? <> · {t("admin.countries.reviewedBy", { name: r.reviewerName ?? "", date: formatDateTime(l, r.reviewedAt) })}</> : null}
                  </td>
                  <td>{r.note ?? ""}</td>
                  <td>
                    {r.number !== v.number ? (
                      <form method="post" action={`${base}/revisions/${r.number}/restore`}>
                        <CsrfField ctx={ctx} />
                        <button type="submit" class="button button-secondary button-small">
                          {t("admin.countries.restore")}
                          <span class="visually-hidden"> {t("admin.countries.revisionN", { n: r.number })}</span>
                        </button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("admin.countries.noHistory")}</p>
      )}
      {v.diff ? (
        <section id="changes" aria-labelledby="changes-title">
          <h2 id="changes-title">{t("admin.countries.changes", { from: v.diff.from, to: v.diff.to })}</h2>
          <pre class="diff-text" dir="ltr">
            {diffLines(v.diff.a, v.diff.b).map((part) => (part.added ? <ins>{part.value}</ins> : part.removed ? <del>{part.value}</del> : part.value))}
          </pre>
        </section>
      ) : null}
    </Layout>
  );
}

/** The language the texts are edited in: a GET form that reloads the page with the chosen one. */
function LanguageChoice({ ctx, action, lang }: { ctx: PageContext; action: string; lang: Locale }) {
  const t = ctx.t;
  return (
    <form method="get" action={action} class="filters">
      <Select
        ctx={ctx}
        name="text"
        label={t("admin.countries.textLanguage")}
        hint={t("admin.countries.textLanguageHint")}
        values={{ text: lang }}
        options={LOCALES.map((l) => ({ value: l, label: `${AUTONYM[l]}` }))}
      />
      <button type="submit" class="button button-secondary">{t("admin.countries.switchLanguage")}</button>
    </form>
  );
}

function MetaFields({ ctx, values, errors }: { ctx: PageContext; values: FormValues; errors?: FieldErrors | undefined }) {
  const t = ctx.t;
  return (
    <fieldset class="form-section">
      <legend>{t("admin.countries.sourceLegend")}</legend>
      <TextInput ctx={ctx} name="source_title" label={t("admin.countries.sourceTitle")} values={values} errors={errors} />
      <TextInput ctx={ctx} name="source_url" label={t("admin.countries.sourceUrl")} values={values} errors={errors} dir="ltr" />
      <TextInput ctx={ctx} name="reviewed" label={t("admin.countries.reviewed")} hint={t("admin.countries.reviewedHint")} values={values} errors={errors} width="short" dir="ltr" />
    </fieldset>
  );
}

function NoteAndSave({ ctx, values, canPublish }: { ctx: PageContext; values: FormValues; canPublish: boolean }) {
  const t = ctx.t;
  return (
    <>
      <TextInput ctx={ctx} name="note" label={t("admin.countries.changeNote")} hint={t("admin.countries.changeNoteHint")} values={values} />
      <p class="hint">{canPublish ? t("admin.countries.savePublishes") : t("admin.countries.saveSubmits")}</p>
      <div class="button-row">
        <button type="submit" class="button">{canPublish ? t("admin.countries.savePublish") : t("admin.countries.saveSubmit")}</button>
      </div>
    </>
  );
}

export interface SectionFormView {
  code: string;
  section: EditableSection;
  lang: Locale;
  values: FormValues;
  errors?: FieldErrors | undefined;
  rows: number;
  canPublish: boolean;
}

/** One section's form: texts in the chosen language, the facts shared by all languages. */
export function renderSectionForm(ctx: PageContext, v: SectionFormView) {
  const t = ctx.t;
  const base = adminBase(ctx, v.code);
  const action = `${base}/section/${v.section}`;
  const title = `${regionName(ctx.locale, v.code)}: ${t(sectionTitleKey(v.section))}`;
  const textAttrs = { lang: LANG_TAG[v.lang], dir: textDirection(v.lang) } as const;
  const rows = Array.from({ length: v.rows }, (_, i) => i);
  return (
    <Layout ctx={ctx} title={title} area="admin" hasErrors={Boolean(v.errors)}>
      <p>
        <a href={base}>{regionName(ctx.locale, v.code)}</a>
      </p>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} /> : null}
      <h1>{title}</h1>
      <LanguageChoice ctx={ctx} action={action} lang={v.lang} />
      <form method="post" action={`${action}?text=${v.lang}`} novalidate>
        <CsrfField ctx={ctx} />
        {v.section === "sgbv" ? (
          <Radios
            ctx={ctx}
            name="status"
            label={t("admin.countries.sgbv.status")}
            hint={t("admin.countries.sgbv.statusHint")}
            values={v.values}
            errors={v.errors}
            options={SGBV_STATUSES.map((x) => ({ value: x, label: t(`countries.sgbv.status.${x}`) }))}
          />
        ) : null}
        <div {...textAttrs} class="edit-texts">
          {v.section === "authority"
            ? rows.map((i) => (
                <fieldset class="form-section">
                  <legend>{t("admin.countries.entryN", { n: i + 1 })}</legend>
                  <TextInput ctx={ctx} name={`name_${i}`} label={t("admin.countries.authorityName")} values={v.values} errors={v.errors} />
                  <TextArea ctx={ctx} name={`description_${i}`} label={t("admin.countries.description")} values={v.values} errors={v.errors} rows={3} />
                  <TextInput ctx={ctx} name={`phone_${i}`} label={t("countries.contact.phone")} values={v.values} errors={v.errors} dir="ltr" />
                  <TextInput ctx={ctx} name={`email_${i}`} label={t("countries.contact.email")} values={v.values} errors={v.errors} dir="ltr" />
                  <TextInput ctx={ctx} name={`website_${i}`} label={t("countries.contact.website")} values={v.values} errors={v.errors} dir="ltr" />
                </fieldset>
              ))
            : null}
          {v.section === "numbers"
            ? rows.map((i) => (
                <fieldset class="form-section">
                  <legend>{t("admin.countries.entryN", { n: i + 1 })}</legend>
                  <Select ctx={ctx} name={`kind_${i}`} label={t("admin.countries.kind")} values={v.values} errors={v.errors} options={NUMBER_KINDS.map((n) => ({ value: n, label: t(k(`countries.numberKind.${n}`)) }))} />
                  <TextInput ctx={ctx} name={`number_${i}`} label={t("admin.countries.number")} values={v.values} errors={v.errors} dir="ltr" />
                  <TextInput ctx={ctx} name={`label_${i}`} label={t("admin.countries.label")} values={v.values} errors={v.errors} />
                  <TextInput ctx={ctx} name={`hours_${i}`} label={t("admin.countries.hours")} values={v.values} errors={v.errors} />
                </fieldset>
              ))
            : null}
          {v.section === "rights" ? (
            <>
              <TextArea ctx={ctx} name="text" label={t("countries.section.rights")} values={v.values} errors={v.errors} rows={6} />
              <TextArea ctx={ctx} name="participation" label={t("countries.participation")} values={v.values} errors={v.errors} rows={6} />
            </>
          ) : null}
          {v.section === "consular" ? <TextArea ctx={ctx} name="text" label={t("countries.section.consular")} values={v.values} errors={v.errors} rows={6} /> : null}
          {v.section === "legislation" ? (
            <>
              <TextArea ctx={ctx} name="text" label={t("admin.countries.legislationText")} values={v.values} errors={v.errors} rows={4} />
              {PROVISIONS.map((p) => (
                <fieldset class="form-section">
                  <legend>{t(k(`provision.${p.id}`))}</legend>
                  <Select ctx={ctx} name={`status_${p.id}`} label={t("compare.status")} values={v.values} errors={v.errors} options={PROVISION_STATUSES.map((s) => ({ value: s, label: t(k(`provisionStatus.${s}`)) }))} />
                  <TextInput ctx={ctx} name={`citation_${p.id}`} label={t("compare.citation")} values={v.values} errors={v.errors} />
                </fieldset>
              ))}
            </>
          ) : null}
          {v.section === "sgbv" ? (
            <TextArea ctx={ctx} name="note" label={t("admin.countries.sgbv.note")} hint={t("admin.countries.sgbv.noteHint")} values={v.values} errors={v.errors} rows={3} />
          ) : null}
        </div>
        <MetaFields ctx={ctx} values={v.values} errors={v.errors} />
        <NoteAndSave ctx={ctx} values={v.values} canPublish={v.canPublish} />
      </form>
    </Layout>
  );
}

export interface SchemeFormView {
  code: string;
  schemeId: string | null;
  lang: Locale;
  values: FormValues;
  errors?: FieldErrors | undefined;
  canPublish: boolean;
}

/** A scheme's form: who qualifies, which attacks, deadlines, cover, evidence, how to apply. */
export function renderSchemeForm(ctx: PageContext, v: SchemeFormView) {
  const t = ctx.t;
  const base = adminBase(ctx, v.code);
  const action = v.schemeId ? `${base}/schemes/${v.schemeId}` : `${base}/schemes/new`;
  const title = v.schemeId ? t("admin.countries.editScheme") : t("admin.countries.addScheme");
  const textAttrs = { lang: LANG_TAG[v.lang], dir: textDirection(v.lang) } as const;
  const opts = (list: readonly string[], prefix: string) => list.map((x) => ({ value: x, label: t(k(`${prefix}.${x}`)) }));
  return (
    <Layout ctx={ctx} title={`${regionName(ctx.locale, v.code)}: ${title}`} area="admin" hasErrors={Boolean(v.errors)}>
      <p>
        <a href={base}>{regionName(ctx.locale, v.code)}</a>
      </p>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} /> : null}
      <h1>
        {regionName(ctx.locale, v.code)}: {title}
      </h1>
      <LanguageChoice ctx={ctx} action={action} lang={v.lang} />
      <form method="post" action={`${action}?text=${v.lang}`} novalidate>
        <CsrfField ctx={ctx} />
        {v.schemeId ? null : <TextInput ctx={ctx} name="id" label={t("admin.countries.schemeId")} hint={t("admin.countries.schemeIdHint")} values={v.values} errors={v.errors} dir="ltr" />}
        <div {...textAttrs}>
          <TextInput ctx={ctx} name="name" label={t("admin.countries.schemeName")} values={v.values} errors={v.errors} />
          <TextInput ctx={ctx} name="operator" label={t("countries.scheme.operator")} values={v.values} errors={v.errors} />
          <TextArea ctx={ctx} name="summary" label={t("admin.countries.summary")} values={v.values} errors={v.errors} rows={3} />
        </div>
        <fieldset class="form-section">
          <legend>{t("countries.scheme.coverage")}</legend>
          <Checkboxes ctx={ctx} name="in_country_who" label={t("admin.countries.inCountryWho")} values={v.values} errors={v.errors} options={opts(RESIDENCE, "countries.residence")} />
          <Checkboxes ctx={ctx} name="abroad_who" label={t("admin.countries.abroadWho")} values={v.values} errors={v.errors} options={opts(RESIDENCE, "countries.residence")} />
          <Checkboxes ctx={ctx} name="designated" label={t("admin.countries.designatedLegend")} values={v.values} errors={v.errors} options={[{ value: "1", label: t("countries.scheme.designated") }]} />
          <TextInput ctx={ctx} name="designation_url" label={t("admin.countries.designationUrl")} values={v.values} errors={v.errors} dir="ltr" />
          <div {...textAttrs}>
            <TextArea ctx={ctx} name="designation_note" label={t("admin.countries.designationNote")} values={v.values} errors={v.errors} rows={2} />
          </div>
        </fieldset>
        <Checkboxes ctx={ctx} name="affected" label={t("countries.scheme.affected")} values={v.values} errors={v.errors} options={opts(AFFECTED, "countries.affected")} />
        <Checkboxes ctx={ctx} name="relatives" label={t("admin.countries.relatives")} values={v.values} errors={v.errors} options={opts(RELATIVES, "countries.relative")} />
        <fieldset class="form-section">
          <legend>{t("countries.scheme.deadlines")}</legend>
          <p class="hint">{t("admin.countries.rulesHint")}</p>
          {Array.from({ length: RULE_ROWS }, (_, i) => (
            <fieldset class="form-section rule-row">
              <legend>{t("admin.countries.ruleN", { n: i + 1 })}</legend>
              <div class="field-row">
                <TextInput ctx={ctx} name={`years_${i}`} label={t("admin.countries.years")} values={v.values} errors={v.errors} width="short" inputMode="numeric" />
                <TextInput ctx={ctx} name={`months_${i}`} label={t("admin.countries.months")} values={v.values} errors={v.errors} width="short" inputMode="numeric" />
                <TextInput ctx={ctx} name={`days_${i}`} label={t("admin.countries.days")} values={v.values} errors={v.errors} width="short" inputMode="numeric" />
              </div>
              <Select ctx={ctx} name={`from_${i}`} label={t("admin.countries.from")} values={v.values} errors={v.errors} options={[{ value: "", label: "" }, ...opts(DEADLINE_EVENTS, "admin.countries.event")]} />
              <Select ctx={ctx} name={`for_${i}`} label={t("admin.countries.forWho")} values={v.values} errors={v.errors} options={[{ value: "", label: t("admin.countries.everyone") }, ...opts(AFFECTED, "countries.affected")]} />
            </fieldset>
          ))}
          <Select ctx={ctx} name="combine" label={t("admin.countries.combine")} values={v.values} errors={v.errors} options={opts(["latest", "earliest"], "countries.scheme.combine")} />
          <div {...textAttrs}>
            <TextArea ctx={ctx} name="deadline_note" label={t("admin.countries.deadlineNote")} values={v.values} errors={v.errors} rows={2} />
          </div>
        </fieldset>
        <Checkboxes ctx={ctx} name="covers" label={t("countries.scheme.covers")} values={v.values} errors={v.errors} options={opts(COVERS, "countries.cover")} />
        <div {...textAttrs}>
          <TextArea ctx={ctx} name="covers_note" label={t("admin.countries.coversNote")} values={v.values} errors={v.errors} rows={2} />
          <TextArea ctx={ctx} name="evidence" label={t("countries.scheme.evidence")} hint={t("admin.countries.evidenceHint")} values={v.values} errors={v.errors} rows={5} />
        </div>
        <fieldset class="form-section">
          <legend>{t("countries.scheme.apply")}</legend>
          <Checkboxes ctx={ctx} name="methods" label={t("admin.countries.methods")} values={v.values} errors={v.errors} options={opts(APPLY_METHODS, "countries.method")} />
          <TextInput ctx={ctx} name="apply_url" label={t("countries.contact.website")} values={v.values} errors={v.errors} dir="ltr" />
          <TextInput ctx={ctx} name="apply_phone" label={t("countries.contact.phone")} values={v.values} errors={v.errors} dir="ltr" />
          <TextInput ctx={ctx} name="apply_email" label={t("countries.contact.email")} values={v.values} errors={v.errors} dir="ltr" />
          <TextArea ctx={ctx} name="apply_address" label={t("admin.countries.address")} values={v.values} errors={v.errors} rows={3} />
        </fieldset>
        <TextInput ctx={ctx} name="languages" label={t("countries.scheme.languages")} hint={t("admin.countries.languagesHint")} values={v.values} errors={v.errors} dir="ltr" />
        <MetaFields ctx={ctx} values={v.values} errors={v.errors} />
        <NoteAndSave ctx={ctx} values={v.values} canPublish={v.canPublish} />
      </form>
      {v.schemeId ? (
        <form method="post" action={`${action}/delete`} class="danger-zone">
          <CsrfField ctx={ctx} />
          <button type="submit" class="button button-warning">{t("admin.countries.deleteScheme")}</button>
        </form>
      ) : null}
    </Layout>
  );
}
