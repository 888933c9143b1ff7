/**
 * Deadlines of assistance and compensation schemes, as real dates. A scheme states its deadline
 * relative to an event ("within 2 years of the attack's declaration", "12 months after the death");
 * the navigator knows the reader's dates and shows the last day to apply. Pure calendar arithmetic on
 * ISO dates (YYYY-MM-DD), in the proleptic Gregorian calendar, with no time zone involved.
 */
export const DEADLINE_EVENTS = ["attack", "declaration", "death", "injury"] as const;
export type DeadlineEvent = (typeof DEADLINE_EVENTS)[number];

export interface DeadlineRule {
  /** The period after the event; the deadline is the last day of it. */
  within: { years?: number; months?: number; days?: number };
  from: DeadlineEvent;
}

export type EventDates = Partial<Record<DeadlineEvent, string>>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parse(date: string): { y: number; m: number; d: number } | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function isIsoDate(value: string): boolean {
  return parse(value) !== null;
}

/**
 * Adds years and months as the calendar does, keeping the day of the month where it exists and
 * otherwise taking the month's last day (31 January + 1 month = 28 or 29 February; 29 February +
 * 1 year = 28 February), then adds days.
 */
export function addPeriod(date: string, period: DeadlineRule["within"]): string | null {
  const start = parse(date);
  if (!start) return null;
  const totalMonths = start.m - 1 + (period.months ?? 0) + 12 * (period.years ?? 0);
  const y = start.y + Math.floor(totalMonths / 12);
  const m = (((totalMonths % 12) + 12) % 12) + 1;
  const d = Math.min(start.d, daysInMonth(y, m));
  const shifted = new Date(Date.UTC(y, m - 1, d));
  shifted.setUTCDate(shifted.getUTCDate() + (period.days ?? 0));
  return format(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** The last day to apply under one rule, or null when the event's date is not known. */
export function deadlineDate(rule: DeadlineRule, events: EventDates): string | null {
  const from = events[rule.from];
  return from ? addPeriod(from, rule.within) : null;
}

/**
 * The last day to apply when a scheme gives several rules ("2 years after the declaration, or 12
 * months after the death, whichever is later"): the latest (or earliest) of the dates that can be
 * worked out, with the rule it comes from; null when none can.
 */
export function schemeDeadline(
  rules: readonly DeadlineRule[],
  events: EventDates,
  combine: "latest" | "earliest" = "latest",
): { date: string; rule: DeadlineRule } | null {
  let best: { date: string; rule: DeadlineRule } | null = null;
  for (const rule of rules) {
    const date = deadlineDate(rule, events);
    if (!date) continue;
    if (!best || (combine === "latest" ? date > best.date : date < best.date)) best = { date, rule };
  }
  return best;
}

/** Whole days from `today` to `date` (negative once it has passed). */
export function daysUntil(date: string, today: string): number {
  const a = parse(date);
  const b = parse(today);
  if (!a || !b) return Number.NaN;
  return Math.round((Date.UTC(a.y, a.m - 1, a.d) - Date.UTC(b.y, b.m - 1, b.d)) / 86_400_000);
}

/** Where a deadline stands: passed (the last day is over), soon (within `soonDays`, today included) or open. */
export function deadlineStatus(date: string, today: string, soonDays = 60): "passed" | "soon" | "open" {
  const left = daysUntil(date, today);
  if (left < 0) return "passed";
  return left <= soonDays ? "soon" : "open";
}
