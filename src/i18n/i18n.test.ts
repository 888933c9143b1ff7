import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { IntlMessageFormat } from "intl-messageformat";
import { catalogues, translator } from "./i18n.ts";
import { LANG_TAG, LOCALES } from "./locales.ts";
import { negotiateLocale } from "./negotiate.ts";
import { indexTokens, queryTokens } from "./segment.ts";

describe("message catalogues", () => {
  const enKeys = Object.keys(catalogues.en).sort();

  for (const locale of LOCALES) {
    it(`${locale} has exactly the English keys, none empty`, () => {
      const keys = Object.keys(catalogues[locale]).sort();
      assert.deepEqual(keys.filter((k) => !enKeys.includes(k)), [], "keys only in this catalogue");
      assert.deepEqual(enKeys.filter((k) => !keys.includes(k)), [], "keys missing from this catalogue");
      const empty = keys.filter((k) => !String(catalogues[locale][k]).trim());
      assert.deepEqual(empty, []);
    });

    it(`${locale} messages are valid ICU with every plural category the language needs`, () => {
      const categories = new Intl.PluralRules(LANG_TAG[locale]).resolvedOptions().pluralCategories;
      for (const [key, source] of Object.entries(catalogues[locale])) {
        const format = new IntlMessageFormat(source, LANG_TAG[locale]);
        assert.doesNotThrow(() => format.format({ count: 2, days: 3, hours: 2, link: "x", page: 1, pageCount: 2, name: "x", date: "x", q: "x", language: "x", slug: "x", title: "x", id: "x", n: 1, audience: "x", value: 0.5, place: "x", distance: "x", ext: 1, from: "x", to: "x", offset: "x", day: "x", who: "x", expected: "x", format: "x", allowed: "x", table: "x", file: "x", line: 1, column: "x", max: 1, min: 1, period: "x", country: "x", rule: "x", list: "x", total: 5, version: "x", publish: 1, translate: 0, quote: 1, kind: "x", image: "x", audio: "x", video: "x", size: "x", state: "x", code: "x", host: "x", time: "x", warning: "x", network: "x", label: "x", languages: "x", pages: 3, chars: 1000, year: 2026, minutes: 30, number: 1, done: 1, score: 1, mark: 75, views: "x", visitors: "x" }), key);
        if (/\{\w+, plural,/.test(source)) {
          for (const c of categories) assert.match(source, new RegExp(`\\b${c} \\{`), `${locale} ${key} lacks plural category "${c}"`);
        }
      }
    });
  }

  it("formats Arabic plurals with six forms and Russian with four", () => {
    const ar = translator("ar");
    const forms = new Set([0, 1, 2, 3, 11, 100].map((n) => ar("admin.translations.count", { count: n })));
    assert.equal(forms.size, 6);
    const ru = translator("ru");
    assert.equal(new Set([1, 2, 5, 1.5].map((n) => ru("search.count", { count: n, q: "x" }))).size, 4);
  });
});

describe("language negotiation", () => {
  it("prefers a remembered choice over Accept-Language", () => {
    assert.equal(negotiateLocale("fr-FR,fr;q=0.9", "ar"), "ar");
  });
  it("takes the best supported language by quality", () => {
    assert.equal(negotiateLocale("de-DE,de;q=0.9,ru;q=0.8,en;q=0.5", undefined), "ru");
    assert.equal(negotiateLocale("zh-CN,zh;q=0.9", undefined), "zh");
    assert.equal(negotiateLocale("es-419", undefined), "es");
  });
  it("falls back to English for unknown or malformed headers", () => {
    assert.equal(negotiateLocale("de,it;q=0.5", undefined), "en");
    assert.equal(negotiateLocale(";;;q=abc,,", "xx"), "en");
    assert.equal(negotiateLocale(undefined, undefined), "en");
  });
});

describe("search tokens", () => {
  it("splits Chinese into words and matches two-character words", () => {
    assert.ok(indexTokens("获得赔偿和经济援助的权利", "zh").includes("赔偿"));
    assert.deepEqual(queryTokens("赔偿", "zh"), ["赔偿"]);
  });
  it("normalises Arabic letters and strips the article and conjunctions", () => {
    const tokens = indexTokens("والمساعدة المالية", "ar");
    assert.ok(tokens.includes(queryTokens("المساعدة", "ar")[0] as string));
    assert.deepEqual(queryTokens("أَلتَّعْوِيض", "ar"), queryTokens("التعويض", "ar"));
  });
  it("ignores case and accents in Latin and Cyrillic text", () => {
    assert.deepEqual(queryTokens("Indemnisation FINANCIÈRE", "fr"), ["indemnisation", "financiere"]);
    assert.deepEqual(queryTokens("Ёлка", "ru"), ["елка"]);
  });
});
