import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const marked = new Marked({ gfm: true, breaks: false, async: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["p", "h2", "h3", "h4", "ul", "ol", "li", "a", "strong", "em", "blockquote", "code", "pre", "br", "hr", "table", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: { a: ["href"], th: ["scope"] },
  allowedSchemes: ["https", "http", "mailto", "tel"],
  allowProtocolRelative: false,
  // Headings inside bodies start at h2: the page title is the only h1.
  transformTags: { h1: "h2" },
};

const SHIFTED: sanitizeHtml.IOptions = {
  ...SANITIZE,
  allowedTags: [...(SANITIZE.allowedTags as string[]), "h5"],
  transformTags: { h1: "h3", h2: "h3", h3: "h4", h4: "h5" },
};

/**
 * Markdown to sanitised HTML: the one source of raw HTML in views. Headings start at h2 under the
 * page's h1, or at h3 when the article title itself is an h2 (the staff preview).
 */
export function markdownToSafeHtml(markdown: string, opts: { headingsUnderH2?: boolean } = {}): string {
  const key = `${opts.headingsUnderH2 ? "2" : "1"}${markdown}`;
  const known = rendered.get(key);
  if (known !== undefined) {
    rendered.delete(key);
    rendered.set(key, known);
    return known;
  }
  const html = sanitizeHtml(marked.parse(markdown) as string, opts.headingsUnderH2 ? SHIFTED : SANITIZE);
  rendered.set(key, html);
  renderedChars += key.length + html.length;
  for (const [oldest, value] of rendered) {
    if (renderedChars <= RENDERED_MAX_CHARS) break;
    rendered.delete(oldest);
    renderedChars -= oldest.length + value.length;
  }
  return html;
}

/**
 * Parsing and sanitising is most of the work of rendering a page; the same texts are shown again and
 * again, so the results are remembered (by the text itself), least recently used first out.
 */
const rendered = new Map<string, string>();
let renderedChars = 0;
const RENDERED_MAX_CHARS = 8_000_000;

/** Plain text of a Markdown body, for search and summaries. */
export function markdownToText(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return sanitizeHtml(html.replace(/<\/(p|h\d|li|blockquote|pre|tr)>/g, "$&\n"), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, " ")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

/** Renders sanitised HTML; only ever fed by markdownToSafeHtml. */
export function TrustedHtml({ html, class: className, lang }: { html: string; class?: string; lang?: string | undefined }) {
  return <div class={className} lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
