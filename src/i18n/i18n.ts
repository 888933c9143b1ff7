import { IntlMessageFormat } from "intl-messageformat";
import ar from "./messages/ar.json" with { type: "json" };
import en from "./messages/en.json" with { type: "json" };
import es from "./messages/es.json" with { type: "json" };
import fr from "./messages/fr.json" with { type: "json" };
import ru from "./messages/ru.json" with { type: "json" };
import zh from "./messages/zh.json" with { type: "json" };
import { LANG_TAG, type Locale } from "./locales.ts";

export type MessageKey = keyof typeof en;
export type MessageValues = Record<string, string | number | Date>;
export type Translator = (key: MessageKey, values?: MessageValues) => string;

export const catalogues: Record<Locale, Record<string, string>> = { ar, zh, en, fr, ru, es };

const compiled = new Map<string, IntlMessageFormat>();

/** Returns t(key, values) for one locale; messages are ICU MessageFormat, compiled once and cached. */
export function translator(locale: Locale): Translator {
  return (key, values) => {
    const cacheKey = `${locale}\u0000${key}`;
    let format = compiled.get(cacheKey);
    if (!format) {
      const source = catalogues[locale][key] ?? catalogues.en[key];
      if (source === undefined) throw new Error(`Missing message "${key}"`);
      format = new IntlMessageFormat(source, LANG_TAG[locale]);
      compiled.set(cacheKey, format);
    }
    return String(format.format(values));
  };
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
