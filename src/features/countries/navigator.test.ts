import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DEMO_COUNTRIES_FILE } from "../../demo/countries-demo.ts";
import { CountriesFileSchema, type CountryProfile } from "./countries.schema.ts";
import { countriesInvolved, deadlineFor, matchSchemes, serviceTypesFor, type NavigatorAnswers } from "./navigator.ts";

const profiles: CountryProfile[] = CountriesFileSchema.parse(DEMO_COUNTRIES_FILE).countries;
const TODAY = "2026-11-28";
const ids = (a: Partial<NavigatorAnswers>) => matchSchemes(profiles, { needs: [], ...a }, TODAY).map((m) => m.scheme.id);
const one = (a: Partial<NavigatorAnswers>, id: string) => {
  const m = matchSchemes(profiles, { needs: [], ...a }, TODAY).find((x) => x.scheme.id === id);
  assert.ok(m, `${id} should match`);
  return m;
};

describe("the navigator's choice of schemes", () => {
  it("offers France's fund to anyone attacked in France, whatever their nationality", () => {
    assert.deepEqual(ids({ attack: "FR", home: "IQ", nationality: "IQ", role: "injured" }), ["fr-fgti"]);
  });

  it("joins up three countries: attacked in France, living in Australia, British: France's fund and Australia's payment, not the UK's resident-only scheme", () => {
    const found = ids({ attack: "FR", home: "AU", nationality: "GB", role: "bereaved" });
    assert.deepEqual(found.sort(), ["au-avtop", "fr-fgti"]);
  });

  it("offers the UK's overseas scheme to UK residents attacked abroad, and its domestic scheme only for attacks in Great Britain", () => {
    assert.deepEqual(ids({ attack: "ES", home: "GB", nationality: "GB", role: "injured" }).sort(), ["es-ley-29-2011", "gb-votcs"]);
    assert.deepEqual(ids({ attack: "GB", home: "GB", nationality: "GB", role: "injured" }), ["gb-cics"]);
  });

  it("offers France's fund to French nationals attacked abroad, but not to foreigners attacked abroad who live in France", () => {
    assert.ok(ids({ attack: "ES", nationality: "FR", home: "BE", role: "injured" }).includes("fr-fgti"));
    assert.ok(!ids({ attack: "ES", nationality: "BE", home: "FR", role: "injured" }).includes("fr-fgti"));
  });

  it("leaves out schemes for people the scheme does not cover: a witness gets the UK's domestic scheme but not Australia's payment", () => {
    assert.deepEqual(ids({ attack: "GB", home: "GB", nationality: "GB", role: "witness" }), ["gb-cics"]);
    assert.deepEqual(ids({ attack: "FR", home: "AU", nationality: "AU", role: "witness" }), ["fr-fgti"]);
    assert.deepEqual(ids({ attack: "FR", home: "AU", nationality: "AU", role: "other" }), []);
  });

  it("keeps a scheme as 'possible' when a question it depends on was skipped, and ranks likely ones first", () => {
    const m = matchSchemes(profiles, { attack: "FR", home: "AU", needs: [] }, TODAY);
    assert.deepEqual(
      m.map((x) => [x.scheme.id, x.likelihood]),
      [
        ["fr-fgti", "possible"],
        ["au-avtop", "possible"],
      ],
    );
    const likely = matchSchemes(profiles, { attack: "FR", home: "AU", nationality: "AU", role: "injured", needs: [] }, TODAY);
    assert.deepEqual(likely.map((x) => x.likelihood), ["likely", "likely"]);
  });

  it("shows nothing when no country is known, and nothing for a territory without a profile", () => {
    assert.deepEqual(ids({ role: "injured" }), []);
    assert.deepEqual(ids({ attack: "TD", home: "TD", nationality: "TD", role: "injured" }), []);
    assert.deepEqual(countriesInvolved({ attack: "FR", home: "FR", nationality: "AU", needs: [] }), ["FR", "AU"]);
  });
});

describe("the navigator's deadlines", () => {
  it("gives the real last day from the attack date: France's fund, 10 years, across a leap day", () => {
    const m = one({ attack: "FR", home: "FR", nationality: "FR", role: "injured", date: "2024-02-29" }, "fr-fgti");
    assert.equal(m.deadline?.date, "2034-02-28");
    assert.equal(m.deadline?.status, "open");
    assert.equal(m.deadline?.assumed, false);
  });

  it("flags a passed deadline gently instead of hiding the scheme", () => {
    const m = one({ attack: "GB", home: "GB", role: "injured", date: "2020-06-01" }, "gb-cics");
    assert.equal(m.deadline?.date, "2022-06-01");
    assert.equal(m.deadline?.status, "passed");
  });

  it("says a deadline is soon within 60 days", () => {
    const m = one({ attack: "GB", home: "GB", role: "injured", date: "2024-12-20" }, "gb-cics");
    assert.equal(m.deadline?.date, "2026-12-20");
    assert.equal(m.deadline?.status, "soon");
  });

  it("counts Australia's rules from the declaration and, for bereaved family, the death, taking the later one and saying it was assumed", () => {
    const bereaved = one({ attack: "FR", home: "AU", role: "bereaved", date: "2025-03-01" }, "au-avtop");
    // 2 years after the declaration (at the earliest the day of the attack) is later than 12 months after the death.
    assert.equal(bereaved.deadline?.date, "2027-03-01");
    assert.equal(bereaved.deadline?.rule.from, "declaration");
    assert.equal(bereaved.deadline?.assumed, true);
    assert.deepEqual(bereaved.otherRules.map((r) => r.from), ["death"]);
    // The rule for family does not concern someone injured.
    const injured = one({ attack: "FR", home: "AU", role: "injured", date: "2025-03-01" }, "au-avtop");
    assert.deepEqual(injured.otherRules, []);
  });

  it("takes the earliest date when a scheme says whichever comes first", () => {
    const scheme = {
      ...profiles.find((p) => p.code === "AU")!.schemes[0]!,
      deadlines: {
        combine: "earliest" as const,
        rules: [
          { within: { years: 2 }, from: "attack" as const },
          { within: { months: 6 }, from: "death" as const },
        ],
      },
    };
    const d = deadlineFor(scheme, { date: "2023-08-31", role: "bereaved", needs: [] }, TODAY);
    assert.equal(d.deadline?.date, "2024-02-29");
    assert.equal(d.deadline?.status, "passed");
  });

  it("gives no date, only the rules, when the date was skipped", () => {
    const m = one({ attack: "FR", home: "FR", role: "injured" }, "fr-fgti");
    assert.equal(m.deadline, null);
    assert.deepEqual(m.otherRules.map((r) => r.within.years), [10]);
  });
});

describe("the navigator's needs", () => {
  it("maps needs to the directory's service types, without duplicates", () => {
    assert.deepEqual(serviceTypesFor(["money", "practical"]), ["compensation-claims", "financial-practical-help"]);
    assert.deepEqual(serviceTypesFor([]), []);
  });
});
