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

/**
 * lang and dir for text written in `textLocale` on a page in `pageLocale` (a translation fallback);
 * both undefined when the text is in the page's own language.
 */
export function foreignText(pageLocale: Locale, textLocale: string): { lang?: string; dir?: "rtl" | "ltr" } {
  if (textLocale === pageLocale || !isLocale(textLocale)) return {};
  return { lang: LANG_TAG[textLocale], dir: textDirection(textLocale) };
}
