import type { EventFull } from "./events.repo.ts";
import { localDate } from "./events.time.ts";

export interface CalendarDay {
  /** "2026-08-21" */
  date: string;
  day: number;
  events: EventFull[];
}

/** A month as weeks of seven cells, each a day of the month or null (before the 1st, after the last). */
export interface MonthGrid {
  month: string;
  /** ISO weekdays (1 = Monday … 7 = Sunday) in the order of the columns. */
  weekdays: number[];
  weeks: (CalendarDay | null)[][];
  previous: string;
  next: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The month "YYYY-MM" `delta` months away. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/**
 * The UTC instants bounding everything that may fall on a day of the month somewhere: the month
 * widened by 14 hours each side (the furthest offsets from UTC), for the database query.
 */
export function monthQueryRange(month: string): { from: string; to: string } {
  const start = Date.parse(`${month}-01T00:00:00Z`);
  const end = Date.parse(`${addMonths(month, 1)}-01T00:00:00Z`);
  return { from: new Date(start - 14 * 3_600_000).toISOString(), to: new Date(end + 14 * 3_600_000).toISOString() };
}

/**
 * The month grid: weeks begin on `firstDay`, and an event is on every day it spans in its own time
 * zone (the dates its organisers announce), one ending at midnight not counting the next day.
 */
export function monthGrid(month: string, firstDay: number, events: readonly EventFull[]): MonthGrid {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const byDate = new Map<string, EventFull[]>();
  for (const e of events) {
    const first = localDate(e.starts_at, e.time_zone);
    const last = localDate(new Date(Math.max(Date.parse(e.starts_at), Date.parse(e.ends_at) - 60_000)).toISOString(), e.time_zone);
    for (let d = 1; d <= daysInMonth; d++) {
      const date = `${month}-${pad(d)}`;
      if (date < first || date > last) continue;
      const list = byDate.get(date) ?? [];
      list.push(e);
      byDate.set(date, list);
    }
  }
  const isoWeekday = (d: number) => ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
  const weekdays = Array.from({ length: 7 }, (_, i) => ((firstDay - 1 + i) % 7) + 1);
  const cells: (CalendarDay | null)[] = Array.from({ length: (isoWeekday(1) - firstDay + 7) % 7 }, () => null);
  for (let d = 1; d <= daysInMonth; d++) {
    const date = `${month}-${pad(d)}`;
    cells.push({ date, day: d, events: byDate.get(date) ?? [] });
  }
  while (cells.length % 7) cells.push(null);
  const weeks: (CalendarDay | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return { month, weekdays, weeks, previous: addMonths(month, -1), next: addMonths(month, 1) };
}
