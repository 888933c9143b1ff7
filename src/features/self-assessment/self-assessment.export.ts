/**
 * The report as files: CSV (UTF-8 with a byte order mark so Excel reads it, cells that a spreadsheet
 * would run as formulas guarded) and PDF made by the portal in the reader's language. Made in memory.
 */
import { formatDate, regionName } from "../../i18n/format.ts";
import type { MessageKey } from "../../i18n/i18n.ts";
import { LANG_TAG } from "../../i18n/locales.ts";
import { renderPdf, type PdfBlock } from "../../views/pdf/render-pdf.ts";
import type { PageContext } from "../../web/context.ts";
import { toCsv } from "../../web/csv.ts";
import { PROVISIONS, PROVISION_GROUPS } from "../countries/provisions.ts";
import type { AnswerRow, AssessmentRow } from "./self-assessment.repo.ts";
import { provisionsOf } from "./self-assessment.schema.ts";
import { tally } from "./self-assessment.service.ts";

const k = (key: string) => key as MessageKey;

function statusText(ctx: PageContext, a: AnswerRow | undefined): string {
  return a ? ctx.t(k(`provisionStatus.${a.status}`)) : ctx.t("assessment.report.notAnswered");
}

export function reportCsv(ctx: PageContext, answers: ReadonlyMap<string, AnswerRow>): string {
  const t = ctx.t;
  const header = [
    t("assessment.report.group"),
    t("assessment.report.provisionId"),
    t("assessment.report.provision"),
    t("assessment.report.status"),
    t("assessment.report.citation"),
    t("assessment.report.notes"),
    t("assessment.report.missing"),
  ];
  const rows = PROVISIONS.map((p) => {
    const a = answers.get(p.id);
    return [t(k(`provisionGroup.${p.group}`)), p.id, t(k(`provision.${p.id}`)), statusText(ctx, a), a?.citation ?? "", a?.notes ?? "", a?.missing ?? ""];
  });
  return `\uFEFF${toCsv([header, ...rows], { spreadsheetSafe: true })}`;
}

export async function reportPdf(ctx: PageContext, a: AssessmentRow, answers: ReadonlyMap<string, AnswerRow>, today: string): Promise<Buffer> {
  const t = ctx.t;
  const l = ctx.locale;
  const counts = (provisions?: readonly { id: string }[]) => {
    const c = tally(answers, provisions);
    return (["in_place", "partly", "not", "unknown", "unanswered"] as const).map((s) => t(k(`assessment.report.count.${s}`), { count: c[s] }));
  };
  const blocks: PdfBlock[] = [];
  if (a.is_demo) blocks.push({ kind: "callout", text: t("assessment.demo") });
  blocks.push({ kind: "heading", text: t("assessment.report.overall"), level: 2 }, { kind: "list", items: counts() });
  for (const g of PROVISION_GROUPS) {
    const provisions = provisionsOf(g);
    blocks.push({ kind: "heading", text: t(k(`provisionGroup.${g}`)), level: 2 }, { kind: "paragraph", text: counts(provisions).join(" · "), tone: "muted" });
    for (const p of provisions) {
      const x = answers.get(p.id);
      blocks.push({ kind: "heading", text: t(k(`provision.${p.id}`)), level: 3 });
      const rows = [{ label: t("assessment.report.status"), value: statusText(ctx, x) }];
      if (x?.citation) rows.push({ label: t("assessment.report.citation"), value: x.citation });
      if (x?.missing) rows.push({ label: t("assessment.report.missing"), value: x.missing });
      if (x?.notes) rows.push({ label: t("assessment.report.notes"), value: x.notes });
      blocks.push({ kind: "fields", rows });
      if (!x || x.status !== "in_place") {
        blocks.push({
          kind: "fields",
          rows: [
            { label: t("assessment.report.nextSteps"), value: t(k(`assessment.next.${p.id}`)) },
            { label: t("assessment.report.library", { title: t(k(`provisionGroup.${g}`)) }), value: `${ctx.origin}/${l}/library?topic=${g}` },
          ],
        });
      }
    }
  }
  return renderPdf({
    lang: LANG_TAG[l],
    dir: ctx.dir,
    title: t("assessment.report.heading", { country: regionName(l, a.country), year: String(a.year) }),
    subtitle: t("assessment.report.made", { date: formatDate(l, today) }),
    blocks,
    footer: `${t("site.name")} · ${ctx.origin}/${l}/self-assessment`,
  });
}
