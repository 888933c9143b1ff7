import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { missingGlyphs, renderPdf, type PdfBlock, type PdfDocumentSpec } from "./render-pdf.ts";

interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
}

interface Extracted {
  numPages: number;
  info: Record<string, unknown>;
  pages: TextItem[][];
  /** All text in drawing order: touching items joined directly, others with a space. */
  text: string;
  /** The text of each line (items at one height), in drawing order, without spaces or marks. */
  lines: string[];
}

/** Reads a PDF back the way a viewer does (pdf.js), page by page. */
async function extract(pdf: Buffer): Promise<Extracted> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: TextItem[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    for (const item of content.items) {
      if ("str" in item && item.str.trim()) items.push({ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width });
    }
    pages.push(items);
  }
  const { info } = await doc.getMetadata();
  const numPages = doc.numPages;
  await doc.destroy();
  let text = "";
  let prev: TextItem | undefined;
  const lines = new Map<string, string>();
  pages.forEach((items, p) => {
    for (const item of items) {
      const touching = prev && Math.abs(prev.y - item.y) < 1 && Math.abs(item.x - (prev.x + prev.width)) < 0.5;
      text += (touching ? "" : " ") + item.str;
      prev = item;
      const key = `${p}:${Math.round(item.y)}`;
      lines.set(key, (lines.get(key) ?? "") + item.str.replace(marksAndSpaces, ""));
    }
  });
  return { numPages, info: info as Record<string, unknown>, pages, text: text.replace(/\s+/g, " ").trim(), lines: [...lines.values()] };
}

const marksAndSpaces = /[\p{M}\s]/gu;
/** The letters of a word, sorted: Arabic read back from a PDF may come in another order (pdf.js
 * reverses the two letters of a ligature), so words are compared as bags of letters. */
const letters = (word: string) => [...word.replace(marksAndSpaces, "")].sort().join("");

/** Whether some stretch of one line holds exactly the letters of `word`, in any order. */
function hasLettersOf(lines: string[], word: string): boolean {
  const want = letters(word);
  const n = [...word.replace(marksAndSpaces, "")].length;
  return lines.some((line) => {
    const chars = [...line];
    for (let i = 0; i + n <= chars.length; i++) if (chars.slice(i, i + n).sort().join("") === want) return true;
    return false;
  });
}

const filler = (text: string, n: number): PdfBlock[] => Array.from({ length: n }, (_, i) => ({ kind: "paragraph", text: `${i + 1}. ${text}` }));

const samples: Record<string, PdfDocumentSpec> = {
  en: {
    lang: "en",
    dir: "ltr",
    title: "What help can I get?",
    subtitle: "Your navigator result",
    blocks: [
      { kind: "paragraph", text: "Based on your answers, you may be able to get the support below. Call +61 2 1234 5678 or visit https://example.org/help for more information." },
      { kind: "heading", level: 2, text: "Financial support" },
      { kind: "list", items: ["Compensation for medical expenses", "Free counselling for 12 months"] },
      { kind: "fields", rows: [{ label: "Phone", value: "+61 2 1234 5678" }, { label: "Email", value: "help@example.org" }] },
      { kind: "callout", text: "Apply before 12 January 2028" },
      { kind: "rule" },
      { kind: "paragraph", tone: "muted", text: "This document does not contain your answers." },
    ],
    footer: "Victims Support Portal",
  },
  fr: {
    lang: "fr",
    dir: "ltr",
    title: "Quelle aide puis-je obtenir ?",
    blocks: [
      { kind: "paragraph", text: "D’après vos réponses, vous pourriez bénéficier de l’aide ci-dessous. Appelez le +61 2 1234 5678." },
      { kind: "list", items: ["Indemnisation des frais médicaux", "Soutien psychologique gratuit pendant 12 mois"] },
      { kind: "callout", text: "Déposez votre demande avant le 12 janvier 2028" },
    ],
    footer: "Portail d’aide aux victimes",
  },
  es: {
    lang: "es",
    dir: "ltr",
    title: "¿Qué ayuda puedo obtener?",
    blocks: [
      { kind: "paragraph", text: "Según sus respuestas, podría recibir la ayuda siguiente. ¡Estamos aquí para ayudarle!" },
      { kind: "fields", rows: [{ label: "Teléfono", value: "+61 2 1234 5678" }, { label: "Plazo", value: "12 de enero de 2028" }] },
      { kind: "callout", text: "Presente su solicitud antes del 12 de enero de 2028" },
    ],
    footer: "Portal de Apoyo a las Víctimas",
  },
  ru: {
    lang: "ru",
    dir: "ltr",
    title: "Какую помощь я могу получить?",
    blocks: [
      { kind: "paragraph", text: "Судя по вашим ответам, вы можете получить поддержку, указанную ниже. Позвоните по номеру +61 2 1234 5678." },
      { kind: "heading", level: 2, text: "Финансовая поддержка" },
      { kind: "list", items: ["Компенсация медицинских расходов", "Бесплатная психологическая помощь"] },
      { kind: "callout", text: "Подайте заявление до 12 января 2028 г." },
    ],
    footer: "Портал поддержки жертв",
  },
  ar: {
    lang: "ar",
    dir: "rtl",
    title: "ما المساعدة التي يمكنني الحصول عليها؟",
    subtitle: "نتيجة أداة التوجيه",
    blocks: [
      { kind: "paragraph", text: "بناءً على إجاباتك، قد تكون مؤهلاً للحصول على الدعم التالي من Victims Support Portal. اتصل بنا على الرقم +61 2 1234 5678 أو زر https://example.org/help للمزيد من المعلومات." },
      { kind: "heading", level: 2, text: "الدعم المالي" },
      { kind: "list", items: ["تعويض عن النفقات الطبية (حتى 5000 دولار)", "استشارة نفسية مجانية لمدة 12 شهرًا"] },
      { kind: "fields", rows: [{ label: "الهاتف", value: "+61 2 1234 5678" }, { label: "البريد الإلكتروني", value: "help@example.org" }] },
      { kind: "callout", text: "قدِّم طلبك قبل 12 يناير 2028" },
      { kind: "rule" },
      { kind: "paragraph", tone: "muted", text: "لا تحتوي هذه الوثيقة على إجاباتك." },
    ],
    footer: "بوابة دعم الضحايا",
  },
  zh: {
    lang: "zh-Hans",
    dir: "ltr",
    title: "我可以获得哪些帮助？",
    blocks: [
      { kind: "paragraph", text: "根据您的回答，您可能有资格获得以下支持。请拨打 +61 2 1234 5678 或访问 https://example.org/help 了解更多信息。" },
      { kind: "heading", level: 2, text: "经济支持" },
      { kind: "list", items: ["医疗费用补偿（最高5000澳元）", "为期12个月的免费心理咨询"] },
      { kind: "fields", rows: [{ label: "电话", value: "+61 2 1234 5678" }, { label: "电子邮件", value: "help@example.org" }] },
      { kind: "callout", text: "请在2028年1月12日之前申请" },
    ],
    footer: "受害者支持门户",
  },
};

/** Every string a spec prints, for checks that apply to all of them. */
function specTexts(spec: PdfDocumentSpec): string[] {
  const out = [spec.title, spec.subtitle ?? "", spec.footer ?? ""];
  for (const b of spec.blocks) {
    if (b.kind === "heading" || b.kind === "paragraph" || b.kind === "callout") out.push(b.text);
    if (b.kind === "list") out.push(...b.items);
    if (b.kind === "fields") out.push(...b.rows.flatMap((r) => [r.label, r.value]));
  }
  return out.filter(Boolean);
}

const rendered = new Map<string, { pdf: Buffer; read: Extracted }>();

before(async () => {
  for (const [lang, spec] of Object.entries(samples)) {
    const pdf = await renderPdf(spec);
    rendered.set(lang, { pdf, read: await extract(pdf) });
  }
});

function get(lang: string): { pdf: Buffer; read: Extracted } {
  const r = rendered.get(lang);
  assert.ok(r, `no rendering for ${lang}`);
  return r;
}

describe("renderPdf in the six UN languages", () => {
  for (const lang of Object.keys(samples)) {
    it(`${lang}: writes a PDF with its title, language and creator, and no other metadata`, () => {
      const { pdf, read } = get(lang);
      assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
      assert.equal(read.info.Title, samples[lang]?.title);
      assert.equal(read.info.Creator, "Victims Support Portal");
      assert.equal(read.info.Producer, undefined);
      assert.equal(read.info.Author, undefined);
      assert.match(pdf.toString("latin1"), new RegExp(`/Lang \\(${samples[lang]?.lang}\\)`));
    });

    it(`${lang}: embeds subset TrueType fonts and never falls back to a standard font`, () => {
      const raw = get(lang).pdf.toString("latin1");
      assert.match(raw, /\/FontFile2 /);
      assert.match(raw, /\/BaseFont \/[A-Z]{6}\+/, "fonts are subsets");
      assert.doesNotMatch(raw, /\/Helvetica|\/Times-Roman|\/Courier/);
    });

    it(`${lang}: has a glyph for every character it prints`, () => {
      const spec = samples[lang];
      assert.ok(spec);
      for (const text of specTexts(spec)) assert.deepEqual(missingGlyphs(text, spec.lang), [], text);
    });
  }

  it("en, fr, es, ru: reads back every word exactly", () => {
    for (const lang of ["en", "fr", "es", "ru"]) {
      const spec = samples[lang];
      assert.ok(spec);
      const { text } = get(lang).read;
      for (const s of specTexts(spec)) {
        for (const word of s.split(/\s+/)) assert.ok(text.includes(word), `${lang}: "${word}" not found in: ${text}`);
      }
    }
  });

  it("en: keeps a phone number, an e-mail address and a URL whole", () => {
    const { text } = get("en").read;
    assert.ok(text.includes("+61 2 1234 5678"));
    assert.ok(text.includes("help@example.org"));
    assert.ok(text.includes("https://example.org/help"));
  });

  it("zh: reads back the Chinese characters of every line", () => {
    const spec = samples.zh;
    assert.ok(spec);
    const squeezed = get("zh").read.text.replace(/\s+/g, "");
    for (const s of specTexts(spec)) assert.ok(squeezed.includes(s.replace(/\s+/g, "")), `"${s}" not found in: ${squeezed}`);
  });

  it("ar: reads back the letters of every Arabic word", () => {
    const spec = samples.ar;
    assert.ok(spec);
    const { lines, text } = get("ar").read;
    let words = 0;
    for (const s of specTexts(spec)) {
      for (const word of s.match(/[\u0621-\u064a\u064b-\u065f\u0670]+/g) ?? []) {
        assert.ok(hasLettersOf(lines, word), `"${word}" not found in: ${text}`);
        words++;
      }
    }
    assert.ok(words > 50);
  });

  it("ar: keeps digits, a phone number, an e-mail address and a URL whole and left to right", () => {
    const { text } = get("ar").read;
    for (const token of ["2028", "5000", "+61 2 1234 5678", "help@example.org", "https://example.org/help", "Victims Support Portal"]) {
      assert.ok(text.includes(token), `"${token}" not found in: ${text}`);
    }
  });

  it("ar: lays the line out right to left, with the phone number left of the word before it", () => {
    const items = get("ar").read.pages[0] ?? [];
    const phone = items.find((i) => i.str === "+61 2 1234 5678" && items.some((j) => j.str === "الرقم" && Math.abs(j.y - i.y) < 2));
    assert.ok(phone, "phone number in the first paragraph");
    const word = items.find((j) => j.str === "الرقم" && Math.abs(j.y - phone.y) < 2);
    assert.ok(word);
    // "… الرقم +61 2 1234 5678 أو زر …": reading right to left, "الرقم" comes first, so it sits to the right.
    assert.ok(word.x > phone.x + phone.width, `"الرقم" at ${word.x} should be right of the number ending at ${phone.x + phone.width}`);
  });

  it("ar: aligns text to the right margin; en aligns it to the left margin", () => {
    const ar = get("ar").read.pages[0] ?? [];
    const arTitle = ar.filter((i) => Math.abs(i.y - (ar[0]?.y ?? 0)) < 2);
    assert.ok(Math.abs(Math.max(...arTitle.map((i) => i.x + i.width)) - (595.28 - 62)) < 1.5, "Arabic title ends at the right margin");
    const en = get("en").read.pages[0] ?? [];
    assert.ok(Math.abs((en[0]?.x ?? 0) - 62) < 1.5, "English title starts at the left margin");
  });
});

describe("renderPdf with mixed directions", () => {
  /** The items of the line holding `probe`, left to right as printed, joined. */
  function visualLine(read: Extracted, probe: string): string {
    const items = read.pages.flat();
    const anchor = items.find((i) => i.str.includes(probe));
    assert.ok(anchor, `"${probe}" not found in: ${read.text}`);
    return items
      .filter((i) => Math.abs(i.y - anchor.y) < 1)
      .sort((a, b) => a.x - b.x)
      .map((i) => i.str)
      .join("");
  }

  it("ar: mirrors brackets and keeps Arabic-Indic digits and Latin names left to right", async () => {
    const pdf = await renderPdf({
      lang: "ar",
      dir: "rtl",
      title: "اختبار",
      blocks: [
        { kind: "paragraph", text: "الأقواس (مثال) تظهر صحيحة" },
        { kind: "paragraph", text: "والرقم ٢٠٢٨ صحيح" },
        { kind: "paragraph", text: "اسم Victims Support Portal (VSP) هنا" },
      ],
    });
    const read = await extract(pdf);
    // Read left to right as printed: the closing bracket's mirror image stands on the left.
    assert.ok(visualLine(read, "مثال").includes("(مثال)"), visualLine(read, "مثال"));
    assert.ok(visualLine(read, "٢").includes("٢٠٢٨"), visualLine(read, "٢"));
    assert.ok(visualLine(read, "Victims").includes("Victims Support Portal (VSP)"), visualLine(read, "Victims"));
  });

  it("en: prints an Arabic phrase inside English text right to left", async () => {
    const read = await extract(await renderPdf({ lang: "en", dir: "ltr", title: "Mixed", blocks: [{ kind: "paragraph", text: "It is called مركز الدعم in Arabic." }] }));
    const items = read.pages.flat();
    const first = items.find((i) => i.str === "مركز");
    const second = items.find((i) => i.str === "الدعم");
    assert.ok(first && second, read.text);
    assert.ok(first.x > second.x, "the first Arabic word is printed to the right of the second");
    assert.ok(visualLine(read, "called").startsWith("It is called"));
  });
});

describe("renderPdf with a long document", () => {
  const paragraph =
    "Support services listed here are provided by independent organisations. Eligibility depends on where the attack happened, where you live now, and how you were affected.";
  const spec = (lang: string, dir: "ltr" | "rtl", text: string): PdfDocumentSpec => ({
    lang,
    dir,
    title: "Long",
    blocks: [...filler(text, 40), { kind: "callout", text: "The end" }],
    footer: "Footer",
  });

  it("flows onto further pages without losing a line at a page bottom, with page numbers", async () => {
    const read = await extract(await renderPdf(spec("en", "ltr", paragraph)));
    assert.equal(read.numPages, 4);
    for (let n = 1; n <= 40; n++) assert.ok(read.text.includes(`${n}. Support services`), `paragraph ${n}`);
    assert.equal(read.text.split("affected.").length - 1, 40, "every paragraph's last line is there");
    assert.ok(read.pages[3]?.some((t) => t.str === "The end"), "the last block is on the last page");
    read.pages.forEach((items, i) => {
      const text = items.map((t) => t.str).join(" ");
      assert.ok(text.includes(`${i + 1} / 4`), `page number on page ${i + 1}`);
      assert.ok(text.includes("Footer"));
      // Nothing is drawn into the footer area except the footer itself.
      const body = items.filter((t) => t.str !== "Footer" && !/^\d+ \/ \d+$/.test(t.str) && t.str.trim() !== "/" && !/^\d+$/.test(t.str));
      assert.ok(Math.min(...body.map((t) => t.y)) > 60, `page ${i + 1} body stays above the footer`);
    });
  });

  it("flows Arabic and Chinese documents onto several pages too", async () => {
    const ar = await extract(await renderPdf(spec("ar", "rtl", "تقدم هذه الخدمات منظمات مستقلة. تعتمد الأهلية على مكان وقوع الهجوم، ومكان إقامتك الآن، وكيفية تأثرك به.")));
    const zh = await extract(await renderPdf(spec("zh-Hans", "ltr", "此处列出的支持服务由独立组织提供。资格取决于袭击发生的地点、您现在居住的地方以及您受到的影响。")));
    assert.ok(ar.numPages >= 2, `ar has ${ar.numPages} pages`);
    assert.ok(zh.numPages >= 2, `zh has ${zh.numPages} pages`);
    assert.equal(zh.text.replace(/\s+/g, "").split("您受到的影响。").length - 1, 40);
  });
});

describe("missingGlyphs", () => {
  it("finds nothing missing in sample text of every language, and reports what no font has", () => {
    const text = "Aa Éé Ññ Çç ¿¡ «» – — “” ‘’ … € Жж Ёё ١٢٣ ؟ ، لا 中文简体 ，。：；！？（）【】「」《》";
    assert.deepEqual(missingGlyphs(text, "ar"), []);
    assert.deepEqual(missingGlyphs(text, "zh-Hans"), []);
    assert.deepEqual(missingGlyphs("A\u{13000}B"), ["\u{13000}"]);
  });
});
