import { formatDate, formatList, regionName } from "../../i18n/format.ts";
import { LANG_TAG } from "../../i18n/locales.ts";
import { renderPdf, type PdfBlock } from "../../views/pdf/render-pdf.ts";
import type { PageContext } from "../../web/context.ts";
import { pickText, type Localized } from "./countries.schema.ts";
import { k, ruleText } from "./countries.text.ts";
import type { NavigatorResult } from "./navigator.service.ts";

/**
 * The navigator's answer as a PDF made by the portal: the same facts as the page (schemes with their
 * deadlines, evidence checklists, who to call, services), to print or keep. Made in memory, never stored.
 */
export async function navigatorPdf(ctx: PageContext, r: NavigatorResult): Promise<Buffer> {
  const t = ctx.t;
  const l = ctx.locale;
  const text = (value: Localized | undefined) => pickText(value, l)?.text ?? "";
  const name = (code: string | undefined) => (code ? regionName(l, code) : t("navigator.notAnswered"));
  const a = r.answers;
  const blocks: PdfBlock[] = [
    { kind: "paragraph", text: t("navigator.guidance"), tone: "strong" },
    { kind: "heading", text: t("navigator.result.yourAnswers"), level: 2 },
    {
      kind: "fields",
      rows: [
        { label: t("navigator.summary.attack"), value: name(a.attack) },
        { label: t("navigator.summary.home"), value: name(a.home) },
        { label: t("navigator.field.nationality"), value: name(a.nationality) },
        { label: t("navigator.summary.role"), value: a.role ? t(k(`navigator.role.${a.role}`)) : t("navigator.notAnswered") },
        { label: t("navigator.summary.when"), value: a.date ? formatDate(l, a.date) : t("navigator.notAnswered") },
        { label: t("navigator.summary.needs"), value: a.needs.length ? formatList(l, a.needs.map((n) => t(k(`navigator.need.${n}`)))) : t("navigator.notAnswered") },
      ],
    },
    { kind: "heading", text: t("navigator.result.schemes"), level: 2 },
  ];
  if (r.matches.length === 0) blocks.push({ kind: "paragraph", text: r.countries.length ? t("navigator.result.noSchemes") : t("navigator.result.noCountries") });
  for (const m of r.matches) {
    blocks.push({ kind: "heading", text: text(m.scheme.name), level: 3 });
    blocks.push({ kind: "paragraph", text: `${name(m.country)} · ${t(k(`navigator.likelihood.${m.likelihood}`))} · ${t("countries.scheme.operator")} ${text(m.scheme.operator)}`, tone: "muted" });
    if (m.deadline) {
      const date = formatDate(l, m.deadline.date);
      blocks.push({ kind: "callout", text: m.deadline.status === "passed" ? t("navigator.deadline.passed", { date }) : t("navigator.deadline.applyBefore", { date }) });
      if (m.deadline.status === "passed") blocks.push({ kind: "paragraph", text: t("navigator.deadline.passedHelp") });
      blocks.push({ kind: "paragraph", text: `${t("navigator.deadline.basis", { rule: ruleText(t, l, m.deadline.rule) })}${m.deadline.assumed ? ` ${t("navigator.deadline.assumed")}` : ""}`, tone: "muted" });
    }
    if (m.otherRules.length) blocks.push({ kind: "paragraph", text: t("navigator.deadline.also", { list: formatList(l, m.otherRules.map((rule) => ruleText(t, l, rule))) }) });
    if (m.scheme.evidence.length) {
      blocks.push({ kind: "paragraph", text: t("navigator.result.evidence"), tone: "strong" });
      blocks.push({ kind: "list", items: m.scheme.evidence.map(text) });
    }
    const contacts = [
      m.scheme.apply.url ? { label: t("countries.contact.website"), value: m.scheme.apply.url } : null,
      m.scheme.apply.phone ? { label: t("countries.contact.phone"), value: m.scheme.apply.phone } : null,
      m.scheme.apply.email ? { label: t("countries.contact.email"), value: m.scheme.apply.email } : null,
    ].filter((c): c is { label: string; value: string } => c !== null);
    if (contacts.length) blocks.push({ kind: "fields", rows: contacts });
  }
  blocks.push({ kind: "heading", text: t("navigator.result.whoToCall"), level: 2 });
  for (const c of r.countries) {
    blocks.push({ kind: "heading", text: name(c.code), level: 3 });
    const s = c.profile?.sections;
    const rows = [
      ...(s?.numbers?.entries ?? []).map((e) => ({ label: e.label ? text(e.label) : t(k(`countries.numberKind.${e.kind}`)), value: e.number })),
      ...(s?.authority?.entries ?? []).map((e) => ({ label: text(e.name), value: [e.phone, e.website].filter(Boolean).join(" · ") })),
    ];
    blocks.push(rows.length ? { kind: "fields", rows } : { kind: "paragraph", text: t("navigator.result.noContacts") });
  }
  if (r.services.some((g) => g.services.length)) {
    blocks.push({ kind: "heading", text: t("navigator.result.services"), level: 2 });
    for (const g of r.services) {
      if (!g.services.length) continue;
      blocks.push({ kind: "heading", text: name(g.country), level: 3 });
      blocks.push({ kind: "list", items: g.services.map((s) => [s.name, s.city, s.phone].filter(Boolean).join(" · ")) });
    }
  }
  blocks.push({ kind: "rule" });
  blocks.push({ kind: "paragraph", text: t("navigator.result.privacy"), tone: "muted" });
  return renderPdf({
    lang: LANG_TAG[l],
    dir: ctx.dir,
    title: t("navigator.result.title"),
    subtitle: t("navigator.pdf.made", { date: formatDate(l, r.today) }),
    blocks,
    footer: `${t("site.name")} · ${ctx.origin}/${l}/help-navigator`,
  });
}
