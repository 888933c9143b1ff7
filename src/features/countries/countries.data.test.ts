import { test } from "node:test";
import assert from "node:assert/strict";
import {
  UN_REGIONS,
  UN_STATES,
  UN_STATE_BY_CODE,
  isUnState,
  type UnRegion,
} from "./countries.data.js";

const SUBREGION_TO_REGION: Record<string, UnRegion> = {
  "014": "002", "017": "002", "015": "002", "018": "002", "011": "002",
  "029": "019", "013": "019", "005": "019", "021": "019",
  "143": "142", "030": "142", "035": "142", "034": "142", "145": "142",
  "151": "150", "154": "150", "039": "150", "155": "150",
  "053": "009", "054": "009", "057": "009", "061": "009",
};

const UN_LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"];

test("193 Member States and 2 observer States", () => {
  assert.equal(UN_STATES.filter((s) => s.status === "member").length, 193);
  const observers = UN_STATES.filter((s) => s.status === "observer").map((s) => s.code);
  assert.deepEqual(observers, ["PS", "VA"]);
});

test("codes are unique, well-formed and sorted", () => {
  const codes = UN_STATES.map((s) => s.code);
  assert.equal(new Set(codes).size, codes.length);
  assert.deepEqual(codes, [...codes].sort());
  for (const c of codes) assert.match(c, /^[A-Z]{2}$/);
  assert.equal(UN_STATE_BY_CODE.size, codes.length);
});

test("every code has a name in each official UN language", () => {
  for (const lang of UN_LANGUAGES) {
    const names = new Intl.DisplayNames([lang], { type: "region", fallback: "none" });
    for (const { code } of UN_STATES) {
      const name = names.of(code);
      assert.ok(name && name !== code, `${lang}: no name for ${code}`);
    }
  }
});

test("every sub-region belongs to its region", () => {
  for (const s of UN_STATES) {
    assert.ok(UN_REGIONS.includes(s.region), `${s.code}: region ${s.region}`);
    assert.equal(SUBREGION_TO_REGION[s.subregion], s.region, `${s.code}: ${s.subregion} in ${s.region}`);
  }
});

test("spot checks", () => {
  const at = (code: string) => {
    const s = UN_STATE_BY_CODE.get(code);
    assert.ok(s, code);
    return [s.subregion, s.region, s.status];
  };
  assert.deepEqual(at("CY"), ["145", "142", "member"]);
  assert.deepEqual(at("MX"), ["013", "019", "member"]);
  assert.deepEqual(at("TR"), ["145", "142", "member"]);
  assert.deepEqual(at("RU"), ["151", "150", "member"]);
  assert.deepEqual(at("AU"), ["053", "009", "member"]);
  assert.deepEqual(at("SS"), ["014", "002", "member"]);
  assert.deepEqual(at("PS"), ["145", "142", "observer"]);
  assert.deepEqual(at("VA"), ["039", "150", "observer"]);
  for (const code of ["TW", "XK", "HK", "MO", "EH", "CK", "NU", "GL", "PR"]) {
    assert.equal(isUnState(code), false, code);
  }
  assert.equal(isUnState("fr"), true);
});
