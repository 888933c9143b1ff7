import { formatDate, formatList, regionName } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locales.ts";
import { Checkboxes, ErrorSummary, FieldError, Radios, Select, TextInput, countryOptions, fieldId } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import { L, NumbersList, SchemeDetails, ServiceList, telHref } from "./countries.views.tsx";
import { daysUntil } from "./deadlines.ts";
import type { NavigatorResult } from "./navigator.service.ts";
import { NEED_IDS, ROLES, type SchemeMatch } from "./navigator.ts";
import { STEPS, type Step } from "./navigator.schema.ts";
import { k, ruleText } from "./countries.text.ts";
import { pickText } from "./countries.schema.ts";

const base = (ctx: PageContext) => `/${ctx.locale}/help-navigator`;

/** The start page: what the navigator does, that it is guidance, and that nothing is kept. */
export function renderNavigatorStart(ctx: PageContext) {
  const t = ctx.t;
  return (
    <Layout ctx={ctx} title={t("navigator.title")} description={t("navigator.lead")}>
      <h1>{t("navigator.title")}</h1>
      <p class="lead">{t("navigator.lead")}</p>
      <ul>
        <li>{t("navigator.intro.questions")}</li>
        <li>{t("navigator.intro.skip")}</li>
        <li>{t("navigator.intro.privacy")}</li>
      </ul>
      <p class="notice">{t("navigator.guidance")}</p>
      <p>
        <a class="button" href={`${base(ctx)}/where`}>{t("navigator.start")}</a>
      </p>
      <p>
        <a href={`/${ctx.locale}/info/get-help-now`}>{t("navigator.urgent")}</a>
      </p>
    </Layout>
  );
}

export interface StepView {
  step: Step;
  /** The other answers, carried in hidden fields. */
  carry: [string, string][];
  values: FormValues;
  errors?: FieldErrors | undefined;
  backHref: string;
}

/** One question a page: a GET form (answers stay in the address), with Continue and Skip. */
export function renderNavigatorStep(ctx: PageContext, v: StepView) {
  const t = ctx.t;
  const index = STEPS.indexOf(v.step) + 1;
  const title = t(k(`navigator.q.${v.step}`));
  const hasErrors = Boolean(v.errors && Object.keys(v.errors).length);
  return (
    <Layout ctx={ctx} title={title} hasErrors={hasErrors} noindex>
      <p>
        <a class="back-link" href={v.backHref}>{t("navigator.back")}</a>
      </p>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} /> : null}
      <p class="meta" id="step-count">{t("navigator.progress", { n: index, total: STEPS.length })}</p>
      <form method="get" action={`${base(ctx)}/${v.step}`} novalidate class="navigator-form">
        {v.carry.map(([name, value]) => <input type="hidden" name={name} value={value} />)}
        <input type="hidden" name="answered" value="1" />
        <StepFields ctx={ctx} step={v.step} title={title} values={v.values} errors={v.errors} />
        <div class="button-row">
          <button type="submit" class="button">{t("navigator.continue")}</button>
          <button type="submit" name="skip" value="1" class="button button-secondary">{t("navigator.skip")}</button>
        </div>
      </form>
      <p class="hint">{t("navigator.privacyShort")}</p>
    </Layout>
  );
}

function StepFields({ ctx, step, title, values, errors }: { ctx: PageContext; step: Step; title: string; values: FormValues; errors?: FieldErrors | undefined }) {
  const t = ctx.t;
  switch (step) {
    case "where":
      return (
        <>
          <h1>
            <label for={fieldId("attack")}>{title}</label>
          </h1>
          <p class="hint" id={`${fieldId("attack")}-hint`}>{t("navigator.hint.where")}</p>
          <FieldError ctx={ctx} name="attack" error={errors?.attack} />
          <select id={fieldId("attack")} name="attack" aria-describedby={`${fieldId("attack")}-hint${errors?.attack ? ` ${fieldId("attack")}-error` : ""}`} aria-invalid={errors?.attack ? "true" : undefined}>
            {countryOptions(ctx, t("navigator.chooseCountry")).map((o) => (
              <option value={o.value} selected={o.value === values.attack}>{o.label}</option>
            ))}
          </select>
        </>
      );
    case "home":
      return (
        <>
          <h1>{title}</h1>
          <p class="hint">{t("navigator.hint.home")}</p>
          <Select ctx={ctx} name="home" label={t("navigator.field.home")} values={values} errors={errors} options={countryOptions(ctx, t("navigator.chooseCountry"))} />
          <Select ctx={ctx} name="nationality" label={t("navigator.field.nationality")} hint={t("navigator.hint.nationality")} values={values} errors={errors} options={countryOptions(ctx, t("navigator.chooseCountry"))} />
          <TextInput ctx={ctx} name="near" label={t("navigator.field.near")} hint={t("navigator.hint.near")} values={values} errors={errors} autocomplete="off" />
        </>
      );
    case "role":
      return (
        <fieldset class="question">
          <legend>
            <h1>{title}</h1>
          </legend>
          <Radios
            ctx={ctx}
            name="role"
            label={t("navigator.field.role")}
            values={values}
            errors={errors}
            options={ROLES.map((r) => ({ value: r, label: t(k(`navigator.role.${r}`)), hint: t(k(`navigator.roleHint.${r}`)) }))}
          />
        </fieldset>
      );
    case "when":
      return <DateQuestion ctx={ctx} title={title} values={values} errors={errors} />;
    case "needs":
      return (
        <>
          <h1>{title}</h1>
          <Checkboxes
            ctx={ctx}
            name="need"
            label={t("navigator.field.needs")}
            hint={t("navigator.hint.needs")}
            values={values}
            errors={errors}
            options={NEED_IDS.map((n) => ({ value: n, label: t(k(`navigator.need.${n}`)) }))}
          />
        </>
      );
  }
}

/** GOV.UK date input: day, month and year, with one error for the group. */
function DateQuestion({ ctx, title, values, errors }: { ctx: PageContext; title: string; values: FormValues; errors?: FieldErrors | undefined }) {
  const t = ctx.t;
  const error = errors?.date;
  const v = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  return (
    <fieldset class={`question field${error ? " field-has-error" : ""}`} role="group" aria-describedby={`date-hint${error ? ` ${fieldId("date")}-error` : ""}`}>
      <legend>
        <h1>{title}</h1>
      </legend>
      <p class="hint" id="date-hint">{t("navigator.hint.when")}</p>
      <FieldError ctx={ctx} name="date" error={error} />
      <div class="date-input">
        {(["day", "month", "year"] as const).map((part) => (
          <div class="date-part">
            <label for={part === "day" ? fieldId("date") : `field-${part}`}>{t(k(`navigator.date.${part}`))}</label>
            <input
              id={part === "day" ? fieldId("date") : `field-${part}`}
              name={part}
              type="text"
              inputMode="numeric"
              class={part === "year" ? "input-year" : "input-2"}
              value={v(part)}
              autocomplete="off"
              aria-invalid={error ? "true" : undefined}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export interface ResultView {
  result: NavigatorResult;
  query: string;
  changeHref: (step: Step) => string;
}

function DeadlineCallout({ ctx, match, today }: { ctx: PageContext; match: SchemeMatch; today: string }) {
  const t = ctx.t;
  const d = match.deadline;
  if (!d) {
    return match.otherRules.length ? (
      <p class="deadline">
        <strong>{t("navigator.deadline.rules")}</strong> {formatList(ctx.locale, match.otherRules.map((r) => ruleText(t, ctx.locale, r)))}
      </p>
    ) : (
      <p class="deadline">{t("navigator.deadline.none")}</p>
    );
  }
  const date = formatDate(ctx.locale, d.date);
  return (
    <div class={`deadline deadline-${d.status}`}>
      {d.status === "passed" ? (
        <p>
          <strong>{t("navigator.deadline.passed", { date })}</strong> {t("navigator.deadline.passedHelp")}
        </p>
      ) : (
        <p>
          <strong>{t("navigator.deadline.applyBefore", { date })}</strong>{" "}
          {d.status === "soon" ? t("navigator.deadline.daysLeft", { count: daysUntil(d.date, today) }) : null}
        </p>
      )}
      <p class="hint">
        {t("navigator.deadline.basis", { rule: ruleText(t, ctx.locale, d.rule) })}
        {d.assumed ? ` ${t("navigator.deadline.assumed")}` : ""}
      </p>
      {match.otherRules.length ? <p class="hint">{t("navigator.deadline.also", { list: formatList(ctx.locale, match.otherRules.map((r) => ruleText(t, ctx.locale, r))) })}</p> : null}
    </div>
  );
}

/** The answer: schemes with real deadlines, evidence, who to call, services in the reader's language. */
export function renderNavigatorResult(ctx: PageContext, v: ResultView) {
  const t = ctx.t;
  const l = ctx.locale;
  const r = v.result;
  const a = r.answers;
  const name = (code: string | undefined) => (code ? regionName(l, code) : t("navigator.notAnswered"));
  const hasDeadlines = r.matches.some((m) => m.deadline && m.deadline.status !== "passed");
  const summary: [Step, string, string][] = [
    ["where", t("navigator.summary.attack"), name(a.attack)],
    ["home", t("navigator.summary.home"), [name(a.home), a.nationality ? t("navigator.summary.nationalityOf", { country: name(a.nationality) }) : null, a.near].filter(Boolean).join(" · ")],
    ["role", t("navigator.summary.role"), a.role ? t(k(`navigator.role.${a.role}`)) : t("navigator.notAnswered")],
    ["when", t("navigator.summary.when"), a.date ? formatDate(l, a.date) : t("navigator.notAnswered")],
    ["needs", t("navigator.summary.needs"), a.needs.length ? formatList(l, a.needs.map((n) => t(k(`navigator.need.${n}`)))) : t("navigator.notAnswered")],
  ];
  return (
    <Layout ctx={ctx} title={t("navigator.result.title")} noindex>
      <h1>{t("navigator.result.title")}</h1>
      <p class="notice" role="note">{t("navigator.guidance")}</p>

      <h2>{t("navigator.result.yourAnswers")}</h2>
      <dl class="summary-list answers-list">
        {summary.map(([step, label, value]) => (
          <div class="summary-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
            <dd class="summary-action">
              <a href={v.changeHref(step)}>
                {t("navigator.change")}
                <span class="visually-hidden"> {label}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>

      <div class="button-row no-print">
        <a class="button button-secondary" href={`${base(ctx)}/result.pdf?${v.query}`} download>{t("navigator.result.pdf")}</a>
        {hasDeadlines ? <a class="button button-secondary" href={`${base(ctx)}/deadlines.ics?${v.query}`} download>{t("navigator.result.ics")}</a> : null}
        <button type="button" class="button button-secondary" data-print hidden>{t("navigator.result.print")}</button>
      </div>

      <h2 id="schemes">{t("navigator.result.schemes")}</h2>
      {r.matches.length === 0 ? (
        <div class="notice">
          <p>{r.countries.length ? t("navigator.result.noSchemes") : t("navigator.result.noCountries")}</p>
          {r.countries.filter((c) => c.profile && c.profile.schemes.length === 0).map((c) => (
            <p>
              {t("navigator.result.noInfo", { country: name(c.code) })}{" "}
              <a href={`/${l}/countries/${c.code.toLowerCase()}`}>{t("navigator.result.seeProfile", { country: name(c.code) })}</a>
            </p>
          ))}
        </div>
      ) : (
        <ol class="scheme-results">
          {r.matches.map((m) => (
            <li class="card scheme-result">
              <p class="meta">
                {name(m.country)} · <span class={`tag ${m.likelihood === "likely" ? "tag-in" : "tag-missing"}`}>{t(k(`navigator.likelihood.${m.likelihood}`))}</span>
                {m.where ? ` · ${t(k(`navigator.where.${m.where}`))}` : ""}
              </p>
              <h3>
                <L ctx={ctx} value={m.scheme.name} />
              </h3>
              <DeadlineCallout ctx={ctx} match={m} today={r.today} />
              {m.scheme.designated ? (
                <p>
                  {t("countries.scheme.designated")}{" "}
                  {m.scheme.designation?.url ? <a href={m.scheme.designation.url} rel="noopener noreferrer">{t("countries.scheme.designationList")}</a> : null}
                </p>
              ) : null}
              {m.scheme.evidence.length ? (
                <>
                  <h4>{t("navigator.result.evidence")}</h4>
                  <ul class="checklist">
                    {m.scheme.evidence.map((e) => <L ctx={ctx} value={e} as="li" />)}
                  </ul>
                </>
              ) : null}
              <details>
                <summary>{t("navigator.result.details")}</summary>
                <SchemeDetails ctx={ctx} code={m.country} scheme={m.scheme} headingLevel={4} />
              </details>
            </li>
          ))}
        </ol>
      )}

      <h2 id="contacts">{t("navigator.result.whoToCall")}</h2>
      {r.countries.map((c) => {
        const s = c.profile?.sections;
        return (
          <section aria-labelledby={`contacts-${c.code}`}>
            <h3 id={`contacts-${c.code}`}>
              {name(c.code)} <span class="meta">({formatList(l, c.roles.map((role) => t(k(`navigator.countryRole.${role}`))))})</span>
            </h3>
            {s?.numbers?.entries.length ? <NumbersList ctx={ctx} entries={s.numbers.entries} /> : null}
            {s?.authority?.entries.map((e) => (
              <p>
                <L ctx={ctx} value={e.name} as="strong" />
                {e.phone ? <> · <a href={telHref(e.phone)} dir="ltr">{e.phone}</a></> : null}
                {e.website ? <> · <a href={e.website} rel="noopener noreferrer" dir="ltr">{e.website}</a></> : null}
              </p>
            ))}
            {c.roles.includes("nationality") && a.attack && a.attack !== c.code && s?.consular ? <L ctx={ctx} value={s.consular.text} as="p" /> : null}
            {!s?.numbers?.entries.length && !s?.authority?.entries.length ? <p>{t("navigator.result.noContacts")}</p> : null}
            {c.profile ? (
              <p>
                <a href={`/${l}/countries/${c.code.toLowerCase()}`}>{t("navigator.result.seeProfile", { country: name(c.code) })}</a>
              </p>
            ) : null}
          </section>
        );
      })}
      {r.countries.length === 0 ? <p>{t("navigator.result.noCountries")}</p> : null}

      <h2 id="services">{t("navigator.result.services")}</h2>
      {r.services.length === 0 ? (
        <p>
          {t("navigator.result.servicesAsk")} <a href={`/${l}/services`}>{t("navigator.result.directory")}</a>
        </p>
      ) : (
        r.services.map((g) => (
          <section aria-labelledby={`services-${g.country}`}>
            <h3 id={`services-${g.country}`}>{name(g.country)}</h3>
            {g.services.length ? (
              <>
                {g.otherLanguages ? <p class="hint">{t("navigator.result.otherLanguages")}</p> : null}
                <ServiceList ctx={ctx} services={g.services} />
              </>
            ) : (
              <p>{t("navigator.result.noServices")}</p>
            )}
            <p>
              <a href={`/${l}/services?country=${g.country}`}>{t("navigator.result.moreServices", { country: name(g.country) })}</a>
            </p>
          </section>
        ))
      )}
      <p class="notice">{t("navigator.result.privacy")}</p>
      <p>
        <a href={`${base(ctx)}`}>{t("navigator.restart")}</a>
      </p>
    </Layout>
  );
}

