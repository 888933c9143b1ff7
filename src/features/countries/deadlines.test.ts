import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addPeriod, daysUntil, deadlineDate, deadlineStatus, isIsoDate, schemeDeadline, type DeadlineRule } from "./deadlines.ts";

describe("scheme deadlines as real dates", () => {
  it("adds years, months and days the way the calendar does", () => {
    assert.equal(addPeriod("2026-01-12", { years: 2 }), "2028-01-12");
    assert.equal(addPeriod("2026-03-15", { months: 12 }), "2027-03-15");
    assert.equal(addPeriod("2026-03-15", { days: 90 }), "2026-06-13");
    assert.equal(addPeriod("2026-11-30", { months: 3 }), "2027-02-28");
    assert.equal(addPeriod("2026-12-31", { months: 1, days: 1 }), "2027-02-01");
    assert.equal(addPeriod("2025-06-01", { years: 1, months: 18 }), "2027-12-01");
  });

  it("handles leap years: 29 February and the end of months", () => {
    assert.equal(addPeriod("2024-02-29", { years: 1 }), "2025-02-28");
    assert.equal(addPeriod("2024-02-29", { years: 4 }), "2028-02-29");
    assert.equal(addPeriod("2024-01-31", { months: 1 }), "2024-02-29");
    assert.equal(addPeriod("2023-01-31", { months: 1 }), "2023-02-28");
    assert.equal(addPeriod("2024-02-28", { days: 1 }), "2024-02-29");
    assert.equal(addPeriod("2100-02-28", { days: 1 }), "2100-03-01", "2100 is not a leap year");
    assert.equal(addPeriod("2000-02-28", { days: 1 }), "2000-02-29", "2000 is");
  });

  it("counts from the event each rule names, and says nothing when that date is unknown", () => {
    const afterDeath: DeadlineRule = { within: { months: 12 }, from: "death" };
    const afterDeclaration: DeadlineRule = { within: { years: 2 }, from: "declaration" };
    const events = { attack: "2026-08-01", declaration: "2026-09-15" };
    assert.equal(deadlineDate(afterDeclaration, events), "2028-09-15");
    assert.equal(deadlineDate(afterDeath, events), null);
    // "Two years after the declaration, or twelve months after the death, whichever is later."
    const both = [afterDeclaration, afterDeath];
    assert.deepEqual(schemeDeadline(both, { ...events, death: "2028-03-01" }), { date: "2029-03-01", rule: afterDeath });
    assert.deepEqual(schemeDeadline(both, { ...events, death: "2026-08-02" }), { date: "2028-09-15", rule: afterDeclaration });
    assert.deepEqual(schemeDeadline(both, { ...events, death: "2026-08-02" }, "earliest"), { date: "2027-08-02", rule: afterDeath });
    assert.equal(schemeDeadline(both, { attack: "2026-08-01" }), null);
  });

  it("refuses dates that do not exist instead of guessing", () => {
    assert.equal(isIsoDate("2026-02-29"), false);
    assert.equal(isIsoDate("2026-13-01"), false);
    assert.equal(isIsoDate("12/01/2026"), false);
    assert.equal(addPeriod("2026-02-30", { days: 1 }), null);
    assert.equal(deadlineDate({ within: { years: 1 }, from: "attack" }, { attack: "yesterday" }), null);
  });

  it("says whether a deadline has passed, is near, or is open, counting the last day as open", () => {
    assert.equal(daysUntil("2028-01-12", "2028-01-12"), 0);
    assert.equal(deadlineStatus("2028-01-12", "2028-01-12"), "soon");
    assert.equal(deadlineStatus("2028-01-12", "2028-01-13"), "passed");
    assert.equal(deadlineStatus("2028-01-12", "2027-11-14"), "soon");
    assert.equal(deadlineStatus("2028-01-12", "2027-11-13"), "soon", "60 days before");
    assert.equal(deadlineStatus("2028-01-12", "2027-11-12"), "open");
    assert.equal(daysUntil("2024-03-01", "2024-02-28"), 2, "across 29 February");
  });
});
