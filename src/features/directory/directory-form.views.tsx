import { LOCALES } from "../../i18n/locales.ts";
import { Breadcrumbs, Checkboxes, CsrfField, ErrorSummary, FieldError, Radios, Select, TextArea, TextInput, countryOptions } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import { DAYS } from "./directory.form.ts";
import { SERVICE_FEATURES, SERVICE_TYPES, SGBV_GROUP, SGBV_TYPES } from "./directory.taxonomy.ts";
import { languageNameOf } from "./directory.views.tsx";
import { weekdayName } from "../../i18n/format.ts";

/** The fields of a listing, in the order a person would describe a service. */
export function ServiceFormFields({ ctx, values, errors, staff }: { ctx: PageContext; values: FormValues; errors?: FieldErrors | undefined; staff: boolean }) {
  const t = ctx.t;
  const v = values;
  return (
    <>
      <fieldset class="form-section">
        <legend>{t("directory.form.organization")}</legend>
        <TextInput ctx={ctx} name="organization_name" label={t("directory.form.organizationName")} errors={errors} values={v} />
        <TextArea ctx={ctx} name="organization_description" label={t("directory.form.organizationDescription")} errors={errors} values={v} rows={3} />
        <TextInput ctx={ctx} name="organization_website" label={t("directory.form.organizationWebsite")} hint={t("directory.form.urlHint")} errors={errors} values={v} dir="ltr" />
        <Checkboxes ctx={ctx} name="is_association" label={t("directory.form.association")} options={[{ value: "1", label: t("directory.form.associationYes") }]} errors={errors} values={v} />
      </fieldset>

      <fieldset class="form-section">
        <legend>{t("directory.form.service")}</legend>
        <TextInput ctx={ctx} name="name" label={t("directory.form.name")} errors={errors} values={v} />
        <TextArea ctx={ctx} name="description" label={t("directory.form.description")} hint={t("directory.form.descriptionHint")} errors={errors} values={v} rows={5} />
        <Checkboxes
          ctx={ctx}
          name="types"
          label={t("directory.form.types")}
          options={SERVICE_TYPES.filter((s) => s.linkEntity === "service" && !s.parentId).map((s) => ({ value: s.code, label: s.names[ctx.locale] }))}
          errors={errors}
          values={v}
        />
        <Checkboxes
          ctx={ctx}
          name="types"
          groupId="field-types-sgbv"
          label={SGBV_GROUP.names[ctx.locale]}
          hint={t("directory.gender.form.sgbvHint")}
          options={SGBV_TYPES.map((s) => ({ value: s.code, label: s.names[ctx.locale] }))}
          errors={errors}
          values={v}
        />
        <Checkboxes
          ctx={ctx}
          name="features"
          label={t("directory.gender.form.features")}
          hint={t("directory.gender.form.featuresHint")}
          options={SERVICE_FEATURES.map((s) => ({ value: s.code, label: s.names[ctx.locale] }))}
          errors={errors}
          values={v}
        />
        <TextArea ctx={ctx} name="eligibility" label={t("directory.form.eligibility")} hint={t("directory.form.eligibilityHint")} errors={errors} values={v} rows={3} />
        <TextArea ctx={ctx} name="application_process" label={t("directory.form.applicationProcess")} errors={errors} values={v} rows={3} />
        <Radios
          ctx={ctx}
          name="free"
          label={t("directory.form.free")}
          options={[
            { value: "yes", label: t("directory.form.freeYes") },
            { value: "no", label: t("directory.form.freeNo") },
            { value: "unknown", label: t("directory.form.freeUnknown") },
          ]}
          errors={errors}
          values={v}
          inline
        />
        <TextInput ctx={ctx} name="fees_description" label={t("directory.form.fees")} errors={errors} values={v} />
        <Checkboxes
          ctx={ctx}
          name="languages"
          label={t("directory.form.languages")}
          options={LOCALES.map((l) => ({ value: l, label: languageNameOf(ctx, l) }))}
          errors={errors}
          values={v}
        />
        <TextInput ctx={ctx} name="other_languages" label={t("directory.form.otherLanguages")} hint={t("directory.form.otherLanguagesHint")} errors={errors} values={v} dir="ltr" width="short" />
        {staff ? (
          <Select
            ctx={ctx}
            name="status"
            label={t("directory.form.status")}
            options={["active", "temporarily closed", "inactive", "defunct"].map((s) => ({ value: s, label: t(`directory.form.status.${s.replace(" ", "_")}` as never) }))}
            errors={errors}
            values={v}
          />
        ) : null}
        {staff ? <TextInput ctx={ctx} name="alert" label={t("directory.form.alert")} hint={t("directory.form.alertHint")} errors={errors} values={v} /> : null}
      </fieldset>

      <fieldset class="form-section">
        <legend>{t("directory.form.place")}</legend>
        <Radios
          ctx={ctx}
          name="mode"
          label={t("directory.form.mode")}
          options={[
            { value: "in_person", label: t("directory.form.modeInPerson") },
            { value: "remote", label: t("directory.form.modeRemote") },
          ]}
          errors={errors}
          values={v}
        />
        <Select ctx={ctx} name="country" label={t("directory.form.country")} options={countryOptions(ctx, t("directory.form.chooseCountry"))} errors={errors} values={v} />
        <TextInput ctx={ctx} name="city" label={t("directory.form.city")} errors={errors} values={v} />
        <TextInput ctx={ctx} name="region" label={t("directory.form.region")} errors={errors} values={v} />
        <TextInput ctx={ctx} name="address_1" label={t("directory.form.address")} hint={t("directory.form.addressHint")} errors={errors} values={v} />
        <TextInput ctx={ctx} name="postal_code" label={t("directory.form.postalCode")} errors={errors} values={v} width="short" />
        <TextInput ctx={ctx} name="transportation" label={t("directory.form.transportation")} errors={errors} values={v} />
        <Checkboxes ctx={ctx} name="wheelchair" label={t("directory.filter.access")} options={[{ value: "1", label: t("directory.filter.wheelchair") }]} errors={errors} values={v} />
        {staff ? (
          <div class="field-row">
            <TextInput ctx={ctx} name="latitude" label={t("directory.form.latitude")} hint={t("directory.form.coordinatesHint")} errors={errors} values={v} dir="ltr" width="short" inputMode="decimal" />
            <TextInput ctx={ctx} name="longitude" label={t("directory.form.longitude")} errors={errors} values={v} dir="ltr" width="short" inputMode="decimal" />
          </div>
        ) : null}
      </fieldset>

      <fieldset class="form-section">
        <legend>{t("directory.form.contact")}</legend>
        <p class="hint">{t("directory.form.contactHint")}</p>
        <TextInput ctx={ctx} name="phone" label={t("directory.form.phone")} errors={errors} values={v} dir="ltr" inputMode="tel" autocomplete="off" />
        <TextInput ctx={ctx} name="phone_2" label={t("directory.form.phone2")} errors={errors} values={v} dir="ltr" inputMode="tel" autocomplete="off" />
        <TextInput ctx={ctx} name="email" label={t("directory.form.email")} errors={errors} values={v} dir="ltr" autocomplete="off" />
        <TextInput ctx={ctx} name="url" label={t("directory.form.url")} hint={t("directory.form.urlHint")} errors={errors} values={v} dir="ltr" />
      </fieldset>

      <fieldset class="form-section">
        <legend>{t("directory.form.hours")}</legend>
        <Checkboxes ctx={ctx} name="always_open" label={t("directory.form.alwaysOpen")} options={[{ value: "1", label: t("directory.filter.open24h") }]} errors={errors} values={v} />
        <p class="hint">{t("directory.form.hoursHint")}</p>
        <table class="hours-form">
          <caption class="visually-hidden">{t("directory.form.hours")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("directory.form.day")}</th>
              <th scope="col">{t("directory.form.opens")}</th>
              <th scope="col">{t("directory.form.closes")}</th>
            </tr>
          </thead>
          <tbody>
            {DAYS.map((d, i) => {
              const error = errors?.[`opens_${d}`] ?? errors?.[`closes_${d}`];
              return (
                <tr class={error ? "field-has-error" : undefined}>
                  <th scope="row">
                    {weekdayName(ctx.locale, i)}
                    <FieldError ctx={ctx} name={`opens_${d}`} error={error} />
                  </th>
                  <td>
                    <input
                      type="time"
                      id={`field-opens_${d}`}
                      name={`opens_${d}`}
                      value={typeof v[`opens_${d}`] === "string" ? (v[`opens_${d}`] as string) : ""}
                      aria-label={t("directory.form.opensOn", { day: weekdayName(ctx.locale, i) })}
                      aria-invalid={error ? "true" : undefined}
                      aria-describedby={error ? `field-opens_${d}-error` : undefined}
                    />
                  </td>
                  <td>
                    <input
                      type="time"
                      id={`field-closes_${d}`}
                      name={`closes_${d}`}
                      value={typeof v[`closes_${d}`] === "string" ? (v[`closes_${d}`] as string) : ""}
                      aria-label={t("directory.form.closesOn", { day: weekdayName(ctx.locale, i) })}
                      aria-invalid={error ? "true" : undefined}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <TextInput ctx={ctx} name="utc_offset" label={t("directory.form.utcOffset")} hint={t("directory.form.utcOffsetHint")} errors={errors} values={v} dir="ltr" width="short" />
        <TextInput ctx={ctx} name="hours_note" label={t("directory.form.hoursNote")} errors={errors} values={v} />
      </fieldset>
    </>
  );
}

/** Organisations propose a listing; inclusion criteria first, nothing public until staff approve. */
export function renderProposalForm(ctx: PageContext, form: { values: FormValues; errors?: FieldErrors | undefined }) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("directory.propose.title")} hasErrors={Boolean(form.errors)}>
      <Breadcrumbs
        ctx={ctx}
        items={[
          { href: `/${ctx.locale}/`, label: t("nav.home") },
          { href: `/${ctx.locale}/services`, label: t("directory.title") },
        ]}
      />
      {form.errors ? <ErrorSummary ctx={ctx} errors={form.errors} /> : null}
      <h1>{t("directory.propose.title")}</h1>
      <p class="lead">{t("directory.propose.intro")}</p>
      <h2>{t("directory.propose.criteriaTitle")}</h2>
      <ul>
        <li>{t("directory.propose.criterion1")}</li>
        <li>{t("directory.propose.criterion2")}</li>
        <li>{t("directory.propose.criterion3")}</li>
        <li>{t("directory.propose.criterion4")}</li>
      </ul>
      <p>{t("directory.propose.review")}</p>
      <form method="post" action={`/${ctx.locale}/services/propose`} novalidate class="service-form">
        <CsrfField ctx={ctx} />
        <ServiceFormFields ctx={ctx} values={form.values} errors={form.errors} staff={false} />
        <fieldset class="form-section">
          <legend>{t("directory.propose.checkTitle")}</legend>
          <p class="hint">{t("directory.propose.checkHint")}</p>
          <TextInput ctx={ctx} name="contact_name" label={t("directory.propose.contactName")} errors={form.errors} values={form.values} autocomplete="name" />
          <TextInput ctx={ctx} name="contact_email" type="email" label={t("directory.propose.contactEmail")} errors={form.errors} values={form.values} autocomplete="email" />
          <Checkboxes ctx={ctx} name="criteria" label={t("directory.propose.criteriaConfirm")} options={[{ value: "yes", label: t("directory.propose.criteriaYes") }]} errors={form.errors} values={form.values} />
          <div class="hp-field" aria-hidden="true">
            <label for="field-website_field">{t("directory.propose.leaveEmpty")}</label>
            <input type="text" id="field-website_field" name="website_field" tabIndex={-1} autocomplete="off" />
          </div>
        </fieldset>
        <button type="submit" class="button">{t("directory.propose.submit")}</button>
      </form>
    </Layout>
  );
}

export function renderProposalSent(ctx: PageContext) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("directory.propose.sentTitle")}>
      <h1>{t("directory.propose.sentTitle")}</h1>
      <p>{t("directory.propose.sentBody")}</p>
      <p>
        <a href={`/${ctx.locale}/services`}>{t("directory.propose.backToDirectory")}</a>
      </p>
    </Layout>
  );
}
