import type { ComponentChildren, InputHTMLAttributes } from "preact";
import { compareText, countryCodes, languageName, regionName } from "../i18n/format.ts";
import type { MessageKey } from "../i18n/i18n.ts";
import { foreignText, LANG_TAG, LOCALES, textDirection, type Locale } from "../i18n/locales.ts";
import type { PageContext } from "../web/context.ts";
import type { FieldErrors, FormValues } from "../web/forms.ts";

/** GOV.UK error summary: a heading and one link per field in error, focused by app.js. */
export function ErrorSummary({ ctx, errors, order }: { ctx: PageContext; errors: FieldErrors; order?: string[] }) {
  const fields = order ? order.filter((f) => errors[f]) : Object.keys(errors);
  const extra = Object.keys(errors).filter((f) => !fields.includes(f));
  const all = [...fields, ...extra];
  if (all.length === 0) return null;
  return (
    <div class="error-summary" tabIndex={-1} data-error-summary role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{ctx.t("form.errorSummaryTitle")}</h2>
      <ul>
        {all.map((f) => (
          <li>
            <a href={`#${fieldId(f)}`}>{ctx.t(errors[f] as MessageKey)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function fieldId(name: string): string {
  return `field-${name}`;
}

interface FieldBase {
  ctx: PageContext;
  name: string;
  label: string;
  hint?: string | undefined;
  errors?: FieldErrors | undefined;
  values?: FormValues | undefined;
}

function describedBy(name: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${fieldId(name)}-hint` : "", error ? `${fieldId(name)}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** A field's error message, beside it; its id is what the field's aria-describedby points to. */
export function FieldError({ ctx, name, error }: { ctx: PageContext; name: string; error: MessageKey | undefined }) {
  if (!error) return null;
  return (
    <p class="field-error" id={`${fieldId(name)}-error`}>
      <span class="visually-hidden">{ctx.t("form.errorPrefix")} </span>
      {ctx.t(error)}
    </p>
  );
}

function strValue(values: FormValues | undefined, name: string): string {
  const v = values?.[name];
  return typeof v === "string" ? v : "";
}

export function TextInput(
  props: FieldBase & {
    type?: "text" | "email" | "password" | "date" | "datetime-local" | "month" | "search" | "file";
    autocomplete?: string;
    inputMode?: string;
    width?: "short" | "full";
    dir?: "rtl" | "ltr" | "auto";
    /** For a file field: the kinds of file offered. */
    accept?: string;
  },
) {
  const error = props.errors?.[props.name];
  const id = fieldId(props.name);
  const secret = props.type === "email" || props.type === "password";
  const attrs = {
    id,
    name: props.name,
    type: props.type ?? "text",
    // A password is never sent back to the browser, and a chosen file cannot be.
    value: props.type === "password" || props.type === "file" ? "" : strValue(props.values, props.name),
    accept: props.accept,
    autocomplete: props.autocomplete,
    inputMode: props.inputMode,
    class: props.width === "short" ? "input-short" : undefined,
    dir: props.dir ?? (secret ? "ltr" : "auto"),
    "aria-describedby": describedBy(props.name, props.hint, error),
    "aria-invalid": error ? "true" : undefined,
    spellcheck: secret ? false : undefined,
  } as unknown as InputHTMLAttributes<HTMLInputElement>;
  return (
    <div class={`field${error ? " field-has-error" : ""}`}>
      <label for={id}>{props.label}</label>
      {props.hint ? <p class="hint" id={`${id}-hint`}>{props.hint}</p> : null}
      <FieldError ctx={props.ctx} name={props.name} error={error} />
      {props.type === "password" ? (
        <div class="password-field" data-password-toggle data-show={props.ctx.t("form.showPassword")} data-hide={props.ctx.t("form.hidePassword")}>
          <input {...attrs} />
        </div>
      ) : (
        <input {...attrs} />
      )}
    </div>
  );
}

export function TextArea(props: FieldBase & { rows?: number }) {
  const error = props.errors?.[props.name];
  const id = fieldId(props.name);
  return (
    <div class={`field${error ? " field-has-error" : ""}`}>
      <label for={id}>{props.label}</label>
      {props.hint ? <p class="hint" id={`${id}-hint`}>{props.hint}</p> : null}
      <FieldError ctx={props.ctx} name={props.name} error={error} />
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 5}
        dir="auto"
        aria-describedby={describedBy(props.name, props.hint, error)}
        aria-invalid={error ? "true" : undefined}
      >
        {strValue(props.values, props.name)}
      </textarea>
    </div>
  );
}

export function Select(props: FieldBase & { options: { value: string; label: string }[] }) {
  const error = props.errors?.[props.name];
  const id = fieldId(props.name);
  const current = strValue(props.values, props.name);
  return (
    <div class={`field${error ? " field-has-error" : ""}`}>
      <label for={id}>{props.label}</label>
      {props.hint ? <p class="hint" id={`${id}-hint`}>{props.hint}</p> : null}
      <FieldError ctx={props.ctx} name={props.name} error={error} />
      <select
        id={id}
        name={props.name}
        aria-describedby={describedBy(props.name, props.hint, error)}
        aria-invalid={error ? "true" : undefined}
      >
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === current}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A radio group in a fieldset; the first option carries the field id so the summary link lands on it. */
export function Radios(props: FieldBase & { options: { value: string; label: string; hint?: string }[]; inline?: boolean }) {
  const error = props.errors?.[props.name];
  const id = fieldId(props.name);
  const current = strValue(props.values, props.name);
  return (
    <div class={`field${error ? " field-has-error" : ""}`}>
      <fieldset aria-describedby={describedBy(props.name, props.hint, error)}>
        <legend>{props.label}</legend>
        {props.hint ? <p class="hint" id={`${id}-hint`}>{props.hint}</p> : null}
        <FieldError ctx={props.ctx} name={props.name} error={error} />
        <div class={props.inline ? "choices choices-inline" : "choices"}>
          {props.options.map((o, i) => (
            <div class="choice">
              <input
                type="radio"
                id={i === 0 ? id : `${id}-${o.value}`}
                name={props.name}
                value={o.value}
                checked={o.value === current}
              />
              <label for={i === 0 ? id : `${id}-${o.value}`}>{o.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** Checkboxes in a fieldset; values holds the checked ones (string or string[]). */
/**
 * Checkboxes in a fieldset. When several groups share one name (kinds of help in two groups), the
 * later groups take a `groupId` so only the first carries the field's id, which error links target.
 */
export function Checkboxes(props: FieldBase & { options: { value: string; label: string }[]; groupId?: string }) {
  const error = props.groupId ? undefined : props.errors?.[props.name];
  const id = props.groupId ?? fieldId(props.name);
  const raw = props.values?.[props.name];
  const checked = new Set(Array.isArray(raw) ? raw : raw ? [raw] : []);
  return (
    <div class={`field${error ? " field-has-error" : ""}`}>
      <fieldset aria-describedby={props.groupId ? (props.hint ? `${id}-hint` : undefined) : describedBy(props.name, props.hint, error)}>
        <legend>{props.label}</legend>
        {props.hint ? <p class="hint" id={`${id}-hint`}>{props.hint}</p> : null}
        <FieldError ctx={props.ctx} name={props.name} error={error} />
        <div class="choices">
          {props.options.map((o, i) => (
            <div class="choice">
              <input
                type="checkbox"
                id={i === 0 ? id : `${id}-${o.value}`}
                name={props.name}
                value={o.value}
                checked={checked.has(o.value)}
              />
              <label for={i === 0 ? id : `${id}-${o.value}`}>{o.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function CsrfField({ ctx }: { ctx: PageContext }) {
  return <input type="hidden" name="_csrf" value={ctx.csrfToken()} />;
}

/** Distressing content stays hidden until the reader chooses to see it (works without JavaScript). */
/** A warning that hides its content until the reader chooses; `lang` is the warning's own language when it may differ from the page's. */
export function ContentWarning({ ctx, warning, lang, children }: { ctx: PageContext; warning: string; lang?: string | null | undefined; children: ComponentChildren }) {
  return (
    <details class="content-warning">
      <summary>
        <span class="content-warning-label">{ctx.t("contentWarning.label")}</span>
        <span class="content-warning-text" {...foreignText(ctx.locale, lang)}>{warning}</span>
        <span class="content-warning-action">{ctx.t("contentWarning.show")}</span>
      </summary>
      <div class="content-warning-body">{children}</div>
    </details>
  );
}

/** Previous / next page links with "page X of Y"; keeps the other query parameters. */
export function Pagination({
  ctx,
  page,
  pageCount,
  baseUrl,
  params = {},
}: {
  ctx: PageContext;
  page: number;
  pageCount: number;
  baseUrl: string;
  /** The other query parameters; pairs when a name repeats (several checked boxes). */
  params?: Record<string, string> | [string, string][];
}) {
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const pairs = (Array.isArray(params) ? params : Object.entries(params)).filter(([k]) => k !== "page");
    if (p > 1) pairs.push(["page", String(p)]);
    const q = new URLSearchParams(pairs).toString();
    return q ? `${baseUrl}?${q}` : baseUrl;
  };
  return (
    <nav class="pagination" aria-label={ctx.t("pagination.label")}>
      <ul class="inline-list">
        {page > 1 ? (
          <li><a href={href(page - 1)} rel="prev">{ctx.t("pagination.previous")}</a></li>
        ) : null}
        <li aria-current="page">{ctx.t("pagination.status", { page, pageCount })}</li>
        {page < pageCount ? (
          <li><a href={href(page + 1)} rel="next">{ctx.t("pagination.next")}</a></li>
        ) : null}
      </ul>
    </nav>
  );
}

/** Marks text shown in another language than the page's (translation fallback). */
export function FallbackNotice({ ctx, shownIn }: { ctx: PageContext; shownIn: string }) {
  return (
    <p class="notice notice-fallback" role="note">
      {ctx.t("content.fallbackNotice", { language: shownIn })}
    </p>
  );
}

export function Breadcrumbs({ ctx, items }: { ctx: PageContext; items: { href: string; label: string }[] }) {
  return (
    <nav class="breadcrumbs" aria-label={ctx.t("layout.breadcrumbs")}>
      <ol>
        {items.map((i) => (
          <li>
            <a href={i.href}>{i.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** schema.org data for search engines; "<" is escaped so the JSON can never close the script element. */
export function JsonLd({ ctx, data }: { ctx: PageContext; data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}

/** Every country and territory, named and sorted in the reader's language, after an empty choice. */
export function countryOptions(ctx: PageContext, empty: string): { value: string; label: string }[] {
  const compare = compareText(ctx.locale);
  return [
    { value: "", label: empty },
    ...countryCodes()
      .map((c) => ({ value: c, label: regionName(ctx.locale, c) }))
      .sort((a, b) => compare(a.label, b.label)),
  ];
}

/** Staff forms: links to write an item's texts in each language, one at a time (the shared facts stay the same). */
export function TextLanguageTabs(props: { ctx: PageContext; base: string; current: Locale; written: readonly string[]; label: string; writtenLabel: string; notWrittenLabel: string }) {
  const sep = props.base.includes("?") ? "&" : "?";
  return (
    <nav class="subnav" aria-label={props.label}>
      <ul class="inline-list">
        {LOCALES.map((x) => (
          <li>
            <a href={`${props.base}${sep}in=${x}`} aria-current={x === props.current ? "page" : undefined}>
              {languageName(props.ctx.locale, x)} ({props.written.includes(x) ? props.writtenLabel : props.notWrittenLabel})
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Staff forms: the fields written in one language, marked with that language and its direction. */
export function TextsInLanguage({ locale, legend, children }: { locale: Locale; legend: string; children: ComponentChildren }) {
  return (
    <fieldset lang={LANG_TAG[locale]} dir={textDirection(locale)}>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** One stored image of a photo: processPhoto's variants, or a story's files. */
export interface PictureVariant {
  format?: string | undefined;
  width?: number | undefined;
  height?: number | undefined;
}

/**
 * A photo at the widths made: one `<source>` per format in `sources` (AVIF, WebP) and the JPEGs in
 * `<img>`, whose own file is the narrowest JPEG at least `fallbackWidth` wide (else the widest: pass
 * Infinity for the widest, 0 for the narrowest). Each srcset lists `variants` in the order given.
 */
export function Picture<V extends PictureVariant>(props: {
  variants: readonly V[];
  url: (v: V) => string;
  sources: readonly ("avif" | "webp")[];
  fallbackWidth: number;
  sizes: string;
  alt: string;
  lang?: string | undefined;
  class?: string | undefined;
}) {
  const { variants, url, sizes } = props;
  const jpegs = variants.filter((v) => v.format === "jpeg").sort((a, b) => (a.width ?? 0) - (b.width ?? 0));
  const fallback = jpegs.find((v) => (v.width ?? 0) >= props.fallbackWidth) ?? jpegs.at(-1);
  if (!fallback) return null;
  const srcset = (format: string) =>
    variants
      .filter((v) => v.format === format)
      .map((v) => `${url(v)} ${v.width}w`)
      .join(", ");
  return (
    <picture class={props.class}>
      {props.sources.map((format) => (
        <source type={`image/${format}`} srcset={srcset(format)} sizes={sizes} />
      ))}
      <img src={url(fallback)} srcset={srcset("jpeg")} sizes={sizes} width={fallback.width} height={fallback.height} alt={props.alt} lang={props.lang} loading="lazy" decoding="async" />
    </picture>
  );
}

/** A copy of `variants` narrowest first (the order srcset lists them in, for most pictures). */
export const narrowestFirst = <V extends PictureVariant>(variants: readonly V[]): V[] => [...variants].sort((a, b) => (a.width ?? 0) - (b.width ?? 0));
