/** The six official UN languages, in the UN's order. */
export const LOCALES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The BCP 47 tag written into lang attributes and hreflang (Chinese is Simplified). */
export const LANG_TAG: Record<Locale, string> = {
  ar: "ar",
  zh: "zh-Hans",
  en: "en",
  fr: "fr",
  ru: "ru",
  es: "es",
};

/** Each language's name in itself, for the language switcher. */
export const AUTONYM: Record<Locale, string> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function textDirection(locale: Locale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}

const RTL_LANGUAGES = new Set(["ar", "fa", "he", "ur", "ps", "ku", "yi", "dv", "sd", "ug"]);

/**
 * lang and dir for text written in `textLocale` (any BCP 47 tag, e.g. a translation fallback or a
 * directory record in Norwegian) on a page in `pageLocale`; both undefined when it is the page's language.
 */
export function foreignText(pageLocale: Locale, textLocale: string | null | undefined): { lang?: string; dir?: "rtl" | "ltr" } {
  if (!textLocale || textLocale === pageLocale || textLocale === LANG_TAG[pageLocale]) return {};
  if (isLocale(textLocale)) return { lang: LANG_TAG[textLocale], dir: textDirection(textLocale) };
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(textLocale)) return {};
  return { lang: textLocale, dir: RTL_LANGUAGES.has(textLocale.split("-")[0]!) ? "rtl" : "ltr" };
}
