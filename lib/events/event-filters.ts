import { z } from "zod";
import type { EventKind } from "../generated/prisma/enums";
import { EVENT_KINDS } from "./states";

// The events list's filters (a plain GET form: ?country=DE&kind=PICKET&from=2026-12-01&to=2026-12-31).
// Strict: a parameter the form does not send, a country with no public events, an unknown kind or a
// date that is no date is refused with one message, and the page shows the unfiltered list beside it.
// Dates are calendar days in each event's own time zone (lib/events/filtered-events.ts). Browser-safe.

export type EventFilter = { country?: string; kind?: EventKind; from?: string; to?: string };

export type EventFilterProblem = "country" | "kind" | "date" | "order" | "unknown";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day "YYYY-MM-DD" (no 31 February), in the years an event can have. */
export function isCalendarDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 2000 && y <= 2100 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The schema for the query, given the countries that have public events (ISO codes). */
export function eventFilterSchema(countries: readonly string[]) {
  return z
    .strictObject({
      country: z.string().refine((c) => countries.includes(c), { message: "country" }).optional(),
      kind: z.enum(EVENT_KINDS as [EventKind, ...EventKind[]], { message: "kind" }).optional(),
      from: z.string().refine(isCalendarDay, { message: "date" }).optional(),
      to: z.string().refine(isCalendarDay, { message: "date" }).optional(),
    })
    .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "order", path: ["to"] });
}

/**
 * The filter a query asks for, or the first problem with it. Repeated parameters are a problem too
 * (no form sends them). An empty query is no filter.
 */
export function parseEventFilter(
  query: Record<string, string | string[] | undefined>,
  countries: readonly string[],
): { filter: EventFilter; problem: null } | { filter: EventFilter; problem: EventFilterProblem } {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === "") continue; // a field left empty filters nothing
    if (Array.isArray(value)) return { filter: {}, problem: "unknown" };
    flat[key] = value;
  }
  const parsed = eventFilterSchema(countries).safeParse(flat);
  if (parsed.success) return { filter: parsed.data, problem: null };
  const issue = parsed.error.issues[0]!;
  const problem = (["country", "kind", "date", "order"] as const).find((p) => p === issue.message) ?? "unknown";
  return { filter: {}, problem };
}

/** Whether the filter narrows anything. */
export function isFiltered(filter: EventFilter): boolean {
  return Boolean(filter.country || filter.kind || filter.from || filter.to);
}
