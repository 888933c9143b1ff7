import { compareText, regionName } from "../../i18n/format.ts";
import type { MessageKey } from "../../i18n/i18n.ts";
import { Breadcrumbs, CsrfField, ErrorSummary, Radios, Select, TextArea, TextInput } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import { UN_STATES } from "../countries/countries.data.ts";
import { PROVISION_GROUPS, PROVISION_STATUSES, type ProvisionGroup, type ProvisionStatus } from "../countries/provisions.ts";
import type { AnswerRow, AssessmentRow } from "./self-assessment.repo.ts";
import { fieldName, provisionsOf } from "./self-assessment.schema.ts";
import { groupDone, tally, type ProposalState, type Tally } from "./self-assessment.service.ts";

const k = (key: string) => key as MessageKey;
type Shown = "draft" | "submitted" | "published" | "returned";

export const assessmentBase = (ctx: PageContext, a: AssessmentRow) => `/${ctx.locale}/self-assessment/${a.country.toLowerCase()}/${a.id}`;

const STATUS_MARK: Record<ProvisionStatus | "unanswered", string> = { in_place: "●", partly: "◐", not: "○", unknown: "?", unanswered: "–" };

/** A provision's status as a symbol (hidden from screen readers) and its name, never by colour alone. */
function StatusBadge({ ctx, status }: { ctx: PageContext; status: ProvisionStatus | undefined }) {
  const s = status ?? "unanswered";
  return (
    <span class={`status status-${s}`}>
      <span aria-hidden="true">{STATUS_MARK[s]} </span>
      {status ? ctx.t(k(`provisionStatus.${status}`)) : ctx.t("assessment.report.notAnswered")}
    </span>
  );
}

function GuidingQuestions({ ctx, group }: { ctx: PageContext; group: ProvisionGroup }) {
  return (
    <ul class="assessment-guide">
      <li>{ctx.t(k(`assessment.guide.${group}.1`))}</li>
      <li>{ctx.t(k(`assessment.guide.${group}.2`))}</li>
    </ul>
  );
}

function Progress({ ctx, answers }: { ctx: PageContext; answers: ReadonlyMap<string, AnswerRow> }) {
  const t = tally(answers);
  const answered = t.total - t.unanswered;
  return (
    <div class="assessment-progress">
      <p id="assessment-progress-label">{ctx.t("assessment.progress", { count: answered, total: t.total })}</p>
      <progress max={t.total} value={answered} aria-labelledby="assessment-progress-label" />
    </div>
  );
}

export interface IntroView {
  signedIn: boolean;
  canStart: boolean;
  assessments: { row: AssessmentRow; shown: Shown; answered: number }[];
  countries: string[] | "all";
  values: FormValues;
  errors?: FieldErrors | undefined;
}

/** What the self-assessment is, for whom, how answers are used, and every question (readable by anyone). */
export function renderIntro(ctx: PageContext, v: IntroView) {
  const t = ctx.t;
  const l = ctx.locale;
  const compare = compareText(l);
  const options = [
    { value: "", label: t("assessment.field.chooseCountry") },
    ...(v.countries === "all" ? UN_STATES.map((s) => s.code) : v.countries)
      .map((c) => ({ value: c, label: regionName(l, c) }))
      .sort((a, b) => compare(a.label, b.label)),
  ];
  return (
    <Layout ctx={ctx} title={t("assessment.title")} description={t("assessment.lead")} hasErrors={Boolean(v.errors)}>
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={["country", "year"]} /> : null}
      <h1>{t("assessment.title")}</h1>
      <p class="lead">{t("assessment.lead")}</p>
      <h2>{t("assessment.who.title")}</h2>
      <p>{t("assessment.who.body")}</p>
      <h2>{t("assessment.use.title")}</h2>
      <p>{t("assessment.use.body")}</p>
      {!v.signedIn ? (
        <p>
          <a href={`/${l}/admin/login`}>{t("assessment.signIn")}</a>
        </p>
      ) : null}
      {v.canStart ? (
        <section aria-labelledby="yours" class="assessment-yours">
          <h2 id="yours">{t("assessment.yours.title")}</h2>
          {v.assessments.length === 0 ? (
            <p>{t("assessment.yours.none")}</p>
          ) : (
            <div class="table-wrap">
              <table>
                <caption>{t("assessment.list.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("assessment.field.country")}</th>
                    <th scope="col">{t("assessment.field.year")}</th>
                    <th scope="col">{t("assessment.status.label")}</th>
                    <th scope="col">{t("assessment.list.progress")}</th>
                  </tr>
                </thead>
                <tbody>
                  {v.assessments.map(({ row, shown, answered }) => (
                    <tr>
                      <th scope="row">
                        <a href={assessmentBase(ctx, row)}>{regionName(l, row.country)}</a>
                      </th>
                      <td>{row.year}</td>
                      <td>{t(k(`assessment.status.${shown}`))}</td>
                      <td>{t("assessment.progress", { count: answered, total: provisionCount })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h2>{t("assessment.start.title")}</h2>
          <form method="post" action={`/${l}/self-assessment/start`} novalidate>
            <CsrfField ctx={ctx} />
            <p class="hint">{t("assessment.start.hint")}</p>
            <Select ctx={ctx} name="country" label={t("assessment.field.country")} options={options} values={v.values} errors={v.errors} />
            <TextInput ctx={ctx} name="year" label={t("assessment.field.year")} inputMode="numeric" width="short" values={v.values} errors={v.errors} />
            <button type="submit" class="button">{t("assessment.start.submit")}</button>
          </form>
        </section>
      ) : null}
      <h2>{t("assessment.questions.title")}</h2>
      {PROVISION_GROUPS.map((g) => (
        <section aria-labelledby={`group-${g}`} class="assessment-group">
          <h3 id={`group-${g}`}>{t(k(`provisionGroup.${g}`))}</h3>
          <h4>{t("assessment.guiding")}</h4>
          <GuidingQuestions ctx={ctx} group={g} />
          <h4>{t("assessment.provisions")}</h4>
          <ul>
            {provisionsOf(g).map((p) => (
              <li>{t(k(`provision.${p.id}`))}</li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
const provisionCount = PROVISION_GROUPS.reduce((n, g) => n + provisionsOf(g).length, 0);

function crumbs(ctx: PageContext, a?: AssessmentRow) {
  const items = [{ href: `/${ctx.locale}/self-assessment`, label: ctx.t("assessment.nav") }];
  if (a) items.push({ href: assessmentBase(ctx, a), label: `${regionName(ctx.locale, a.country)} ${a.year}` });
  return <Breadcrumbs ctx={ctx} items={items} />;
}

export interface OverviewView {
  a: AssessmentRow;
  answers: ReadonlyMap<string, AnswerRow>;
  shown: Shown;
  proposal: ProposalState;
  editable: boolean;
}

/** One assessment: its status, the step list of sections (which are answered), the report and the proposal. */
export function renderOverview(ctx: PageContext, v: OverviewView) {
  const t = ctx.t;
  const l = ctx.locale;
  const base = assessmentBase(ctx, v.a);
  const title = t("assessment.heading", { country: regionName(l, v.a.country), year: String(v.a.year) });
  return (
    <Layout ctx={ctx} title={title} noindex>
      {crumbs(ctx)}
      <h1>{title}</h1>
      {v.a.is_demo ? <p class="notice">{t("assessment.demo")}</p> : null}
      <p>
        {t("assessment.status.label")}: <strong>{t(k(`assessment.status.${v.shown}`))}</strong>
      </p>
      <Progress ctx={ctx} answers={v.answers} />
      {!v.editable ? <p class="notice">{t("assessment.readOnly")}</p> : null}
      <h2>{t("assessment.steps")}</h2>
      <ol class="assessment-steps">
        {PROVISION_GROUPS.map((g) => {
          const done = groupDone(v.answers, g);
          const some = provisionsOf(g).some((p) => v.answers.has(p.id));
          const state = done ? "done" : some ? "partial" : "todo";
          return (
            <li class={`assessment-step assessment-step-${state}`}>
              {v.editable ? <a href={`${base}/group/${g}`}>{t(k(`provisionGroup.${g}`))}</a> : <span>{t(k(`provisionGroup.${g}`))}</span>}
              <span class="assessment-step-state">{t(k(`assessment.step.${state}`))}</span>
            </li>
          );
        })}
      </ol>
      <p>
        <a class="button" href={`${base}/report`}>{t("assessment.openReport")}</a>
      </p>
      <section aria-labelledby="propose" class="assessment-propose">
        <h2 id="propose">{t("assessment.propose.title")}</h2>
        {v.proposal !== "none" && v.a.proposed_revision !== null ? (
          <p class="notice">{t(k(`assessment.proposal.${v.proposal}`), { n: v.a.proposed_revision })}</p>
        ) : null}
        {v.proposal === "published" ? (
          <p>
            <a href={`/${l}/countries/${v.a.country.toLowerCase()}#legislation`}>{t("assessment.viewProfile")}</a>
          </p>
        ) : null}
        {v.editable ? (
          <form method="post" action={`${base}/propose`} novalidate>
            <CsrfField ctx={ctx} />
            <p>{t("assessment.propose.body")}</p>
            <button type="submit" class="button button-secondary">{t("assessment.propose.submit")}</button>
          </form>
        ) : null}
      </section>
    </Layout>
  );
}

export interface GroupView {
  a: AssessmentRow;
  group: ProvisionGroup;
  values: FormValues;
  errors?: FieldErrors | undefined;
}

/** One section's questions: for each provision a status, the legal basis, notes and what is missing. */
export function renderGroupForm(ctx: PageContext, v: GroupView) {
  const t = ctx.t;
  const l = ctx.locale;
  const base = assessmentBase(ctx, v.a);
  const index = PROVISION_GROUPS.indexOf(v.group);
  const groupTitle = t(k(`provisionGroup.${v.group}`));
  const statusOptions = PROVISION_STATUSES.map((s) => ({ value: s, label: t(k(`assessment.answer.${s}`)) }));
  const provisions = provisionsOf(v.group);
  const order = provisions.flatMap((p) => (["status", "citation", "notes", "missing"] as const).map((part) => fieldName(p.id, part)));
  return (
    <Layout ctx={ctx} title={`${groupTitle} – ${t("assessment.heading", { country: regionName(l, v.a.country), year: String(v.a.year) })}`} hasErrors={Boolean(v.errors)} noindex>
      {crumbs(ctx, v.a)}
      {v.errors ? <ErrorSummary ctx={ctx} errors={v.errors} order={order} /> : null}
      <p class="caption">{t("assessment.step.of", { n: index + 1, total: PROVISION_GROUPS.length })}</p>
      <h1>{groupTitle}</h1>
      <h2 class="visually-hidden">{t("assessment.guiding")}</h2>
      <div class="notice">
        <p>
          <strong>{t("assessment.guiding")}</strong>
        </p>
        <GuidingQuestions ctx={ctx} group={v.group} />
      </div>
      <form method="post" action={`${base}/group/${v.group}`} novalidate>
        <CsrfField ctx={ctx} />
        {provisions.map((p) => (
          <section class="assessment-provision" aria-labelledby={`provision-${p.id}`}>
            <h2 id={`provision-${p.id}`}>{t(k(`provision.${p.id}`))}</h2>
            <Radios ctx={ctx} name={fieldName(p.id, "status")} label={t("assessment.field.status")} options={statusOptions} values={v.values} errors={v.errors} inline />
            <TextInput ctx={ctx} name={fieldName(p.id, "citation")} label={t("assessment.field.citation")} hint={t("assessment.field.citationHint")} values={v.values} errors={v.errors} />
            <TextArea ctx={ctx} name={fieldName(p.id, "missing")} label={t("assessment.field.missing")} rows={2} values={v.values} errors={v.errors} />
            <TextArea ctx={ctx} name={fieldName(p.id, "notes")} label={t("assessment.field.notes")} rows={2} values={v.values} errors={v.errors} />
          </section>
        ))}
        <div class="button-row">
          <button type="submit" class="button" name="then" value="next">{t("assessment.save.next")}</button>
          <button type="submit" class="button button-secondary" name="then" value="later">{t("assessment.save.later")}</button>
        </div>
      </form>
    </Layout>
  );
}

export interface ReportView {
  a: AssessmentRow;
  answers: ReadonlyMap<string, AnswerRow>;
}

const COUNT_ORDER = ["in_place", "partly", "not", "unknown", "unanswered"] as const;

function Counts({ ctx, tally: c }: { ctx: PageContext; tally: Tally }) {
  return (
    <ul class="assessment-counts">
      {COUNT_ORDER.map((s) => (
        <li class={`status-count status-count-${s}`}>{ctx.t(k(`assessment.report.count.${s}`), { count: c[s] })}</li>
      ))}
    </ul>
  );
}

/** The report: provision by provision, grouped, with counts per group and overall and next steps. */
export function renderReport(ctx: PageContext, v: ReportView) {
  const t = ctx.t;
  const l = ctx.locale;
  const base = assessmentBase(ctx, v.a);
  const title = t("assessment.report.heading", { country: regionName(l, v.a.country), year: String(v.a.year) });
  return (
    <Layout ctx={ctx} title={title} noindex>
      {crumbs(ctx, v.a)}
      <h1>{title}</h1>
      {v.a.is_demo ? <p class="notice">{t("assessment.demo")}</p> : null}
      <ul class="assessment-downloads">
        <li>
          <a href={`${base}/report.pdf`} download>{t("assessment.download.pdf")}</a>
        </li>
        <li>
          <a href={`${base}/report.csv`} download>{t("assessment.download.csv")}</a>
        </li>
      </ul>
      <h2>{t("assessment.report.overall")}</h2>
      <Counts ctx={ctx} tally={tally(v.answers)} />
      {PROVISION_GROUPS.map((g) => {
        const provisions = provisionsOf(g);
        const topic = t(k(`provisionGroup.${g}`));
        return (
          <section aria-labelledby={`report-${g}`} class="assessment-report-group">
            <h2 id={`report-${g}`}>{topic}</h2>
            <Counts ctx={ctx} tally={tally(v.answers, provisions)} />
            {provisions.map((p) => {
              const a = v.answers.get(p.id);
              const gap = !a || a.status !== "in_place";
              return (
                <article class="assessment-report-item" id={`provision-${p.id}`}>
                  <h3>{t(k(`provision.${p.id}`))}</h3>
                  <p>
                    <StatusBadge ctx={ctx} status={a?.status} />
                  </p>
                  <dl class="assessment-facts">
                    {a?.citation ? (
                      <>
                        <dt>{t("assessment.report.citation")}</dt>
                        <dd dir="auto">{a.citation}</dd>
                      </>
                    ) : null}
                    {a?.missing ? (
                      <>
                        <dt>{t("assessment.report.missing")}</dt>
                        <dd dir="auto">{a.missing}</dd>
                      </>
                    ) : null}
                    {a?.notes ? (
                      <>
                        <dt>{t("assessment.report.notes")}</dt>
                        <dd dir="auto">{a.notes}</dd>
                      </>
                    ) : null}
                  </dl>
                  {gap ? (
                    <div class="assessment-next">
                      <p class="assessment-next-title">
                        <strong>{t("assessment.report.nextSteps")}</strong>
                      </p>
                      <p>{t(k(`assessment.next.${p.id}`))}</p>
                      <p>
                        <a href={`/${l}/library?topic=${g}`}>{t("assessment.report.library", { title: topic })}</a>
                      </p>
                    </div>
                  ) : null}
                </article>
              );
            })}
          </section>
        );
      })}
      <p>
        <a href={base}>{t("assessment.back")}</a>
      </p>
    </Layout>
  );
}
