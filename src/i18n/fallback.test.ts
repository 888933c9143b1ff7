import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pickTranslation } from "../features/content/pick.ts";
import { fallbackLanguages, pickLanguage, pickLanguageOf, pickMarked } from "./fallback.ts";

const versions = (...locales: string[]) => locales.map((locale) => ({ locale, title: `in ${locale}` }));

describe("choosing a text's language for a reader", () => {
  it("offers the reader's language, then English, then the UN's order, each once", () => {
    assert.deepEqual(fallbackLanguages("ru"), ["ru", "en", "ar", "zh", "fr", "es"]);
    assert.deepEqual(fallbackLanguages("en"), ["en", "ar", "zh", "fr", "ru", "es"]);
  });

  it("picks the reader's own version, else English, else the first in the order given", () => {
    assert.equal(pickLanguage(versions("fr", "en", "es"), "es")?.locale, "es");
    assert.equal(pickLanguage(versions("fr", "en", "zh"), "es")?.locale, "en");
    assert.equal(pickLanguage(versions("fr", "zh"), "es")?.locale, "zh", "Chinese comes before French in the UN's order");
    assert.equal(pickLanguage(versions("fr", "zh"), "es", ["fr", "zh"])?.locale, "fr", "a feature's own order");
    assert.equal(pickLanguage([], "es"), undefined);
  });

  it("keeps the articles' own order after English", () => {
    assert.equal(pickTranslation(versions("zh", "ar", "fr"), "ru")?.locale, "fr");
    assert.equal(pickTranslation(versions("zh", "ar"), "ru")?.locale, "ar");
    assert.equal(pickTranslation(versions("zh", "en"), "ru")?.locale, "en");
  });

  it("marks a version in another language than the reader's", () => {
    assert.deepEqual(pickMarked(versions("ar", "fr"), "fr"), { locale: "fr", title: "in fr", fallback: false });
    assert.deepEqual(pickMarked(versions("ar", "ru"), "fr"), { locale: "ar", title: "in ar", fallback: true });
  });

  it("chooses among texts kept by language in one object, an empty text counting as missing", () => {
    assert.deepEqual(pickLanguageOf({ en: "Hello", fr: "" }, "fr"), { value: "Hello", locale: "en" });
    assert.deepEqual(pickLanguageOf({ es: "Hola", ru: "Привет" }, "fr"), { value: "Привет", locale: "ru" });
    assert.equal(pickLanguageOf({}, "fr"), undefined);
  });
});
