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

/** Per locale, each message compiled once: the text itself when it has no argument, else its formatter. */
const compiled = new Map<Locale, Map<string, string | IntlMessageFormat>>();

function compile(locale: Locale, key: string): string | IntlMessageFormat {
  const source = catalogues[locale][key] ?? catalogues.en[key];
  if (source === undefined) throw new Error(`Missing message "${key}"`);
  const format = new IntlMessageFormat(source, LANG_TAG[locale]);
  // Literal text only (ICU quoting already undone by the parser): formatting it gives the same text every time.
  return format.getAst().every((el) => el.type === 0 /* the parser's TYPE.literal */) ? String(format.format()) : format;
}

/** Returns t(key, values) for one locale; messages are ICU MessageFormat, compiled once and cached. */
export function translator(locale: Locale): Translator {
  let messages = compiled.get(locale);
  if (!messages) compiled.set(locale, (messages = new Map()));
  const known = messages;
  return (key, values) => {
    let message = known.get(key);
    if (message === undefined) known.set(key, (message = compile(locale, key)));
    return typeof message === "string" ? message : String(message.format(values));
  };
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
