import { formatDate } from "../../i18n/format.ts";
import { translator } from "../../i18n/i18n.ts";
import { LANG_TAG, textDirection, type Locale } from "../../i18n/locales.ts";
import { renderPdf } from "../../views/pdf/render-pdf.ts";
import type { CompletionRow } from "./learn.repo.ts";
import { formatCode } from "./learn.schema.ts";

/** The completion certificate, made in memory in the learner's language, with the code and where to check it. */
export function certificatePdf(locale: Locale, v: { courseTitle: string; completion: CompletionRow; verifyUrl: string }): Promise<Buffer> {
  const t = translator(locale);
  const code = formatCode(v.completion.code);
  const name = v.completion.display_name;
  return renderPdf({
    lang: LANG_TAG[locale],
    dir: textDirection(locale),
    title: t("learn.certificate.pdfTitle"),
    subtitle: t("site.name"),
    blocks: [
      { kind: "paragraph", text: name ? t("learn.certificate.pdfNamed", { name }) : t("learn.certificate.pdfUnnamed") },
      { kind: "heading", text: v.courseTitle, level: 1 },
      {
        kind: "fields",
        rows: [
          { label: t("learn.verify.date"), value: formatDate(locale, v.completion.completed_at.slice(0, 10)) },
          { label: t("learn.verify.code"), value: code },
          { label: t("learn.certificate.pdfVerify"), value: `${v.verifyUrl}?code=${code}` },
        ],
      },
      { kind: "rule" },
      { kind: "paragraph", text: t("learn.certificate.pdfNote"), tone: "muted" },
    ],
    footer: t("site.name"),
  });
}
