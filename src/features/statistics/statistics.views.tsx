import { formatDate, languageName } from "../../i18n/format.ts";
import { isMessageKey } from "../../i18n/i18n.ts";
import { isLocale } from "../../i18n/locales.ts";
import { ErrorSummary, TextInput } from "../../views/components.tsx";
import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import type { Totals } from "./statistics.repo.ts";
import { EXPORT_TABLES, type Range } from "./statistics.schema.ts";

export interface DayPoint {
  day: string;
  views: number;
  visitors: number;
}

export interface DashboardData {
  range: Range;
  days: DayPoint[];
  languages: ({ language: string } & Totals)[];
  pages: ({ path: string } & Totals)[];
  tags: ({ tag: string; language: string } & Totals)[];
}

/** "ar" → "Arabic" in the reader's language; "*" → "All languages". */
export function languageLabel(ctx: PageContext, code: string): string {
  if (code === "*") return ctx.t("admin.stats.allLanguages");
  return isLocale(code) ? languageName(ctx.locale, code) : code;
}

/** A tag's translated name when the catalogue has one (stats.tag.gender), else the tag itself. */
export function tagLabel(ctx: PageContext, tag: string): string {
  const key = `stats.tag.${tag}`;
  return isMessageKey(key) ? ctx.t(key) : tag;
}

export function renderDashboard(ctx: PageContext, view: { values: FormValues; errors?: FieldErrors | undefined; data: DashboardData | null }) {
  const t = ctx.t;
  const base = `/${ctx.locale}/admin/statistics`;
  const n = new Intl.NumberFormat(ctx.langTag);
  const data = view.data;
  const total = data ? data.days.reduce((acc, d) => ({ views: acc.views + d.views, visitors: acc.visitors + d.visitors }), { views: 0, visitors: 0 }) : null;
  return (
    <Layout ctx={ctx} title={t("admin.stats.title")} area="admin" hasErrors={Boolean(view.errors)}>
      <h1>{t("admin.stats.title")}</h1>
      <ErrorSummary ctx={ctx} errors={view.errors ?? {}} order={["from", "to"]} />
      <p>{t("admin.stats.intro")}</p>
      <form method="get" action={base} class="filters" novalidate>
        <TextInput ctx={ctx} type="date" name="from" label={t("admin.stats.from")} values={view.values} errors={view.errors} dir="ltr" />
        <TextInput ctx={ctx} type="date" name="to" label={t("admin.stats.to")} values={view.values} errors={view.errors} dir="ltr" />
        <button type="submit" class="button button-secondary">{t("admin.stats.show")}</button>
      </form>
      {data && total ? (
        <>
          <h2>{t("admin.stats.rangeHeading", { from: formatDate(ctx.locale, data.range.from), to: formatDate(ctx.locale, data.range.to) })}</h2>
          <dl class="summary-list">
            <div>
              <dt>{t("admin.stats.views")}</dt>
              <dd>{n.format(total.views)}</dd>
            </div>
            <div>
              <dt>{t("admin.stats.visitors")}</dt>
              <dd>{n.format(total.visitors)}</dd>
            </div>
          </dl>
          <p class="hint">{t("admin.stats.visitorsHint")}</p>

          <h2>{t("admin.stats.perDay")}</h2>
          <DayChart ctx={ctx} days={data.days} />
          <details class="stats-table">
            <summary>{t("admin.stats.chartTable")}</summary>
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">{t("admin.stats.perDay")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("admin.stats.day")}</th>
                    <th scope="col">{t("admin.stats.views")}</th>
                    <th scope="col">{t("admin.stats.visitors")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.days.map((d) => (
                    <tr>
                      <th scope="row">{formatDate(ctx.locale, d.day, "medium")}</th>
                      <td>{n.format(d.views)}</td>
                      <td>{n.format(d.visitors)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>

          <h2>{t("admin.stats.perLanguage")}</h2>
          <CountTable ctx={ctx} caption={t("admin.stats.perLanguage")} head={[t("admin.stats.language")]} rows={data.languages.map((r) => ({ cells: [languageLabel(ctx, r.language)], ...r }))} />

          <h2>{t("admin.stats.topPages")}</h2>
          <CountTable ctx={ctx} caption={t("admin.stats.topPages")} head={[t("admin.stats.page")]} ltrFirst rows={data.pages.map((r) => ({ cells: [r.path], ...r }))} />

          <h2>{t("admin.stats.perTag")}</h2>
          <p class="hint">{t("admin.stats.perTagHint")}</p>
          <CountTable
            ctx={ctx}
            caption={t("admin.stats.perTag")}
            head={[t("admin.stats.tag"), t("admin.stats.language")]}
            rows={data.tags.map((r) => ({ cells: [tagLabel(ctx, r.tag), languageLabel(ctx, r.language)], ...r }))}
          />

          <h2>{t("admin.stats.exportHeading")}</h2>
          <ul>
            {EXPORT_TABLES.map((table) => (
              <li>
                <a href={`${base}/export.csv?${new URLSearchParams({ from: data.range.from, to: data.range.to, table })}`} download>
                  {t(`admin.stats.export.${table}`)}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}

function CountTable(props: { ctx: PageContext; caption: string; head: string[]; rows: ({ cells: string[] } & Totals)[]; ltrFirst?: boolean }) {
  const t = props.ctx.t;
  const n = new Intl.NumberFormat(props.ctx.langTag);
  if (props.rows.length === 0) return <p>{t("admin.stats.none")}</p>;
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {props.head.map((h) => (
              <th scope="col">{h}</th>
            ))}
            <th scope="col">{t("admin.stats.views")}</th>
            <th scope="col">{t("admin.stats.visitors")}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr>
              {r.cells.map((c, i) => (i === 0 ? <th scope="row" dir={props.ltrFirst ? "ltr" : undefined}>{c}</th> : <td>{c}</td>))}
              <td>{n.format(r.views)}</td>
              <td>{n.format(r.visitors)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const W = 720;
const H = 260;
const PAD = { top: 16, bottom: 40, side: 56 };

/**
 * Views (bars) and visitors (a line) per day, drawn by the portal as SVG: no script, no third party.
 * Time runs in the reading direction (right to left in Arabic). The figures are also given as a table.
 */
export function DayChart({ ctx, days }: { ctx: PageContext; days: DayPoint[] }) {
  const t = ctx.t;
  const n = new Intl.NumberFormat(ctx.langTag);
  const rtl = ctx.dir === "rtl";
  const max = Math.max(1, ...days.map((d) => d.views));
  const plotW = W - 2 * PAD.side;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / Math.max(1, days.length);
  const x = (i: number) => {
    const pos = PAD.side + step * (i + 0.5);
    return rtl ? W - pos : pos;
  };
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const barW = Math.max(1, step * 0.6);
  const line = days.map((d, i) => `${x(i).toFixed(1)},${y(d.visitors).toFixed(1)}`).join(" ");
  const first = days[0];
  const last = days[days.length - 1];
  const totalViews = days.reduce((s, d) => s + d.views, 0);
  const totalVisitors = days.reduce((s, d) => s + d.visitors, 0);
  const axisStart = rtl ? W - PAD.side : PAD.side;
  return (
    <figure class="stats-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="stats-chart-title stats-chart-desc" width="100%" preserveAspectRatio="xMidYMid meet">
        <title id="stats-chart-title">{t("admin.stats.chartTitle")}</title>
        <desc id="stats-chart-desc">
          {first && last
            ? t("admin.stats.chartDesc", { from: formatDate(ctx.locale, first.day), to: formatDate(ctx.locale, last.day), views: n.format(totalViews), visitors: n.format(totalVisitors), max: n.format(max) })
            : t("admin.stats.none")}
        </desc>
        <line x1={PAD.side} x2={W - PAD.side} y1={y(0)} y2={y(0)} class="stats-axis" />
        <line x1={axisStart} x2={axisStart} y1={PAD.top} y2={y(0)} class="stats-axis" />
        <line x1={PAD.side} x2={W - PAD.side} y1={y(max)} y2={y(max)} class="stats-grid" />
        <text x={rtl ? W - PAD.side / 2 : PAD.side / 2} y={y(max) + 4} text-anchor="middle" class="stats-label">{n.format(max)}</text>
        <text x={rtl ? W - PAD.side / 2 : PAD.side / 2} y={y(0) + 4} text-anchor="middle" class="stats-label">{n.format(0)}</text>
        {days.map((d, i) => (
          <rect x={x(i) - barW / 2} y={y(d.views)} width={barW} height={Math.max(0, y(0) - y(d.views))} class="stats-bar" />
        ))}
        {days.length > 1 ? <polyline points={line} class="stats-line" fill="none" /> : null}
        {days.length <= 62 ? days.map((d, i) => <circle cx={x(i)} cy={y(d.visitors)} r="3" class="stats-dot" />) : null}
        {first ? <text x={x(0)} y={H - 12} text-anchor="middle" class="stats-label">{formatDate(ctx.locale, first.day, "medium")}</text> : null}
        {last && days.length > 1 ? <text x={x(days.length - 1)} y={H - 12} text-anchor="middle" class="stats-label">{formatDate(ctx.locale, last.day, "medium")}</text> : null}
      </svg>
      <figcaption>
        <ul class="stats-legend">
          <li><span class="stats-key stats-key-bar" aria-hidden="true" /> {t("admin.stats.views")}</li>
          <li><span class="stats-key stats-key-line" aria-hidden="true" /> {t("admin.stats.visitors")}</li>
        </ul>
      </figcaption>
    </figure>
  );
}
