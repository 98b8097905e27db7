import { zonedDate } from "./zoned-time";

// The events list groups the events held on a day of action (their date in their own time zone) under
// that day, placed where the day's first event would be; every other event stays where it was. Pure.

export type EventGroup<E, D> = { day: D; events: E[] } | { day: null; events: [E] };

export function groupByDayOfAction<E extends { startsAt: Date; timeZone: string }, D extends { date: string }>(events: readonly E[], days: readonly D[]): EventGroup<E, D>[] {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const groups: EventGroup<E, D>[] = [];
  const open = new Map<string, { day: D; events: E[] }>();
  for (const event of events) {
    const date = zonedDate(event.startsAt, event.timeZone);
    const day = byDate.get(date);
    if (!day) {
      groups.push({ day: null, events: [event] });
      continue;
    }
    const group = open.get(date);
    if (group) group.events.push(event);
    else {
      const created = { day, events: [event] };
      open.set(date, created);
      groups.push(created);
    }
  }
  return groups;
}
