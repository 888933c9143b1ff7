import { ICalAlarmType, ICalCalendarMethod, default as ical } from "ical-generator";
import type { PageContext } from "../../web/context.ts";
import { pickText } from "./countries.schema.ts";
import { ruleText } from "./countries.text.ts";
import type { NavigatorResult } from "./navigator.service.ts";
import { regionName } from "../../i18n/format.ts";

/**
 * The navigator's deadlines as an iCalendar file (RFC 5545): one all-day event on the last day to
 * apply for each scheme whose deadline has not passed, with reminders a month and a week before.
 * UIDs are stable (scheme and date), so adding the file again updates rather than duplicates.
 */
export function navigatorCalendar(ctx: PageContext, r: NavigatorResult): string {
  const t = ctx.t;
  const l = ctx.locale;
  const host = new URL(ctx.origin).hostname;
  const calendar = ical({ name: t("navigator.ics.name"), prodId: { company: "Victims Support Portal", product: "help-navigator", language: l.toUpperCase() }, method: ICalCalendarMethod.PUBLISH });
  for (const m of r.matches) {
    if (!m.deadline || m.deadline.status === "passed") continue;
    const name = pickText(m.scheme.name, l)?.text ?? m.scheme.id;
    const operator = pickText(m.scheme.operator, l)?.text ?? "";
    const [y, mo, d] = m.deadline.date.split("-").map(Number) as [number, number, number];
    const day = new Date(Date.UTC(y, mo - 1, d));
    const event = calendar.createEvent({
      id: `deadline-${m.country.toLowerCase()}-${m.scheme.id}-${m.deadline.date}@${host}`,
      start: day,
      allDay: true,
      timezone: "UTC",
      summary: t("navigator.ics.summary", { name }),
      description: [
        t("navigator.ics.operator", { name: operator, country: regionName(l, m.country) }),
        t("navigator.deadline.basis", { rule: ruleText(t, l, m.deadline.rule) }),
        m.deadline.assumed ? t("navigator.deadline.assumed") : "",
        m.scheme.apply.url ?? "",
        t("navigator.guidance"),
      ]
        .filter(Boolean)
        .join("\n\n"),
      ...(m.scheme.apply.url ? { url: m.scheme.apply.url } : {}),
      stamp: new Date(`${r.today}T00:00:00Z`),
    });
    for (const days of [30, 7]) {
      if (m.deadline.date > r.today) event.createAlarm({ type: ICalAlarmType.display, trigger: days * 86_400, description: t("navigator.ics.summary", { name }) });
    }
  }
  // RFC 5545 ends every content line, the last one included, with CRLF.
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
