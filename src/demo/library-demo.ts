import { renderPdf, type PdfBlock } from "../views/pdf/render-pdf.ts";

/** A small PDF in one language, drawn with the portal's own layout (Arabic and Chinese fonts included). */
export function demoPdf(lang: string, title: string, paragraphs: string[], footer = "Demonstration"): Promise<Buffer> {
  const blocks: PdfBlock[] = paragraphs.map((text) => ({ kind: "paragraph", text }));
  return renderPdf({ lang, dir: lang === "ar" ? "rtl" : "ltr", title, blocks, footer });
}

export interface DemoPublication {
  slug: string;
  type: "handbook" | "guide" | "toolkit" | "report";
  year: number;
  publisher: string;
  audiences: ("victims" | "associations" | "practitioners" | "member_states" | "general")[];
  region: "001" | "002" | "019" | "142" | "150" | "009";
  topics: ("status" | "rights" | "assistance" | "compensation" | "justice" | "protection" | "remembrance" | "institutions" | "communication" | "self_care" | "media" | "gender")[];
  versions: { locale: "ar" | "zh" | "en" | "fr" | "ru" | "es"; title: string; summary: string; body: string[] }[];
}

/** Invented publications, clearly marked as demonstration, for the demo site. */
export const DEMO_PUBLICATIONS: DemoPublication[] = [
  {
    slug: "demo-handbook-first-steps",
    type: "handbook",
    year: 2024,
    publisher: "Demonstration Publishing Unit",
    audiences: ["victims", "associations"],
    region: "001",
    topics: ["assistance", "compensation", "rights"],
    versions: [
      {
        locale: "en",
        title: "First steps after an attack (demonstration)",
        summary: "An invented handbook showing how the library groups language versions.",
        body: ["DEMONSTRATION DOCUMENT. This handbook explains where to find medical care, psychological support and compensation.", "Keep copies of every document; ask an association of victims to help you with the forms."],
      },
      {
        locale: "fr",
        title: "Premiers pas après un attentat (démonstration)",
        summary: "Un manuel inventé qui montre comment la bibliothèque regroupe les versions linguistiques.",
        body: ["DOCUMENT DE DÉMONSTRATION. Ce manuel explique où trouver des soins médicaux, un soutien psychologique et une indemnisation.", "Gardez une copie de chaque document ; une association de victimes peut vous aider à remplir les formulaires."],
      },
    ],
  },
  {
    slug: "demo-guide-speaking-out",
    type: "guide",
    year: 2023,
    publisher: "Demonstration Publishing Unit",
    audiences: ["associations"],
    region: "002",
    topics: ["communication", "media"],
    versions: [
      {
        locale: "ar",
        title: "دليل الحديث إلى وسائل الإعلام (للعرض)",
        summary: "دليل تجريبي مُختلق حول رواية قصص الضحايا في مواجهة سرديات التطرف العنيف.",
        body: ["وثيقة للعرض فقط. يشرح هذا الدليل كيف تروي الجمعيات قصص الضحايا لوسائل الإعلام.", "الشهادة الصادقة تواجه سرديات التطرف العنيف."],
      },
    ],
  },
  {
    slug: "demo-toolkit-self-care",
    type: "toolkit",
    year: 2022,
    publisher: "Demonstration Publishing Unit",
    audiences: ["victims", "practitioners"],
    region: "142",
    topics: ["self_care", "assistance"],
    versions: [
      {
        locale: "zh",
        title: "自我照护工具包（演示）",
        summary: "虚构的演示工具包，介绍受害者的自我照护和心理援助。",
        body: ["仅供演示的文件。本工具包介绍心理援助、睡眠和自我照护的方法。", "如需帮助，请联系当地的受害者协会。"],
      },
    ],
  },
];
