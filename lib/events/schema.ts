import { z } from "zod";
import { EventKind } from "../generated/prisma/enums";
import { formFields } from "../forms/form-fields";
import type { FieldErrorOptions } from "../forms/form-state";
import { plainTextOnly } from "../forms/plain-text";
import { countryFromText } from "../i18n/countries";
import type { MessageKey } from "../i18n/translate";
import { isSafePublicText, tidyText } from "../sponsors/text-rules";
import { canonicalTimeZone, soleZoneOf, zonedToUtc } from "./zoned-time";

// The one schema of the event form: registering a picket (no account needed) and the host changing it
// through the private link (the same fields but the private email). Times are typed as the event's
// wall-clock time in its own IANA zone; the zone may be left out where the country keeps one time.
// Strict: a posted `status=PUBLISHED` is refused, not ignored. Messages are catalogue keys.

const key = (k: MessageKey) => k;
const e = (name: string) => `eventForm.errors.${name}` as MessageKey;

/** How far ahead an event may be registered, and how long one may last. */
export const MAX_DAYS_AHEAD = 366;
export const MAX_DURATION_DAYS = 31;
export const MAX_ATTENDANCE = 1_000_000;

function requiredLine(max: number, name: string) {
  return z
    .string({ error: e(`${name}Required`) })
    .overwrite(tidyText)
    .min(1, e(`${name}Required`))
    .max(max, key("eventForm.errors.tooLong"))
    .refine(isSafePublicText, key("eventForm.errors.noLinks"));
}

function optionalLine(max: number, { links = false } = {}) {
  return z
    .string()
    .overwrite(tidyText)
    .max(max, key("eventForm.errors.tooLong"))
    .refine((v) => links || isSafePublicText(v), key("eventForm.errors.noLinks"))
    .optional()
    .transform((v) => v || null);
}

function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, key("eventForm.errors.tooLong"))
    .optional()
    .transform((v) => v || null);
}

/** "51,9385" and "51.9385" alike; an empty field is no position. */
function coordinate(limit: number, name: "latitude" | "longitude") {
  return z
    .string()
    .trim()
    .max(20, e(`${name}Invalid`))
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const n = Number(v.replace(",", "."));
      if (!/^-?\d{1,3}([.,]\d{1,10})?$/.test(v) || !Number.isFinite(n) || Math.abs(n) > limit) {
        ctx.addIssue({ code: "custom", message: e(`${name}Invalid`) });
        return z.NEVER;
      }
      return Math.round(n * 1e6) / 1e6;
    });
}

const local = z.string().trim().max(16);

export function eventFields(now: Date) {
  return {
    kind: z.enum(EventKind, { error: key("eventForm.errors.kindRequired") }),
    title: requiredLine(120, "title"),
    description: optionalText(4000),
    startsAt: local.optional(),
    endsAt: local.optional(),
    timeZone: z.string().trim().max(64).optional(),
    venue: requiredLine(200, "venue"),
    streetAddress: optionalLine(200),
    city: requiredLine(120, "city"),
    country: z
      .string()
      .trim()
      .max(80, key("eventForm.errors.countryUnknown"))
      .optional()
      .transform((v, ctx) => {
        const code = v ? countryFromText(v) : null;
        if (!code) ctx.addIssue({ code: "custom", message: v ? key("eventForm.errors.countryUnknown") : key("eventForm.errors.countryRequired") });
        return code ?? "";
      }),
    latitude: coordinate(90, "latitude"),
    longitude: coordinate(180, "longitude"),
    organisationName: optionalLine(200),
    sponsorId: z.string().trim().max(40).regex(/^[a-z0-9]*$/i, key("eventForm.errors.sponsorUnknown")).optional().transform((v) => v || null),
    publicContact: optionalLine(200, { links: true }),
    expectedAttendance: z
      .string()
      .trim()
      .max(12)
      .optional()
      .transform((v, ctx) => {
        if (!v) return null;
        const n = Number(v);
        if (!/^\d+$/.test(v) || n < 1 || n > MAX_ATTENDANCE) {
          ctx.addIssue({ code: "custom", message: key("eventForm.errors.attendanceInvalid") });
          return z.NEVER;
        }
        return n;
      }),
    accessibility: optionalLine(500),
    // `now` is read by the time rules below.
    _now: z.date().default(now),
  };
}

type Timed = { startsAt?: string; endsAt?: string; timeZone?: string; country: string; _now: Date; latitude: number | null; longitude: number | null };
type Issue = { path: [string]; message: MessageKey };

/**
 * The rules that read several fields: the zone (named, or the country's only one), start and end as
 * instants, and a position given whole. On the raw answers too (crossFieldIssues), so that a form with
 * a wrong title still hears about its end before its start.
 */
function timeRules(value: { startsAt?: string; endsAt?: string; timeZone?: string; country: string; now: Date; latitudeGiven: boolean; longitudeGiven: boolean }) {
  const issues: Issue[] = [];
  const zone = value.timeZone ? canonicalTimeZone(value.timeZone) : value.country ? soleZoneOf(value.country, value.now) : null;
  if (!zone && (value.timeZone || value.country)) {
    issues.push({ path: ["timeZone"], message: value.timeZone ? key("eventForm.errors.timeZoneUnknown") : key("eventForm.errors.timeZoneRequired") });
  }
  const start = value.startsAt ? zonedToUtc(value.startsAt, zone ?? "UTC") : null;
  const end = value.endsAt ? zonedToUtc(value.endsAt, zone ?? "UTC") : null;
  if (!start) issues.push({ path: ["startsAt"], message: value.startsAt ? key("eventForm.errors.startInvalid") : key("eventForm.errors.startRequired") });
  if (!end) issues.push({ path: ["endsAt"], message: value.endsAt ? key("eventForm.errors.endInvalid") : key("eventForm.errors.endRequired") });
  const now = value.now.getTime();
  if (start && start.getTime() < now) issues.push({ path: ["startsAt"], message: key("eventForm.errors.startPast") });
  if (start && start.getTime() > now + MAX_DAYS_AHEAD * 86_400_000) issues.push({ path: ["startsAt"], message: key("eventForm.errors.startTooFar") });
  if (start && end && end.getTime() <= start.getTime()) issues.push({ path: ["endsAt"], message: key("eventForm.errors.endBeforeStart") });
  if (start && end && end.getTime() - start.getTime() > MAX_DURATION_DAYS * 86_400_000) issues.push({ path: ["endsAt"], message: key("eventForm.errors.durationTooLong") });
  if (value.latitudeGiven !== value.longitudeGiven) issues.push({ path: [value.latitudeGiven ? "longitude" : "latitude"], message: key("eventForm.errors.positionHalf") });
  return { issues, zone: zone ?? "UTC", start: start ?? new Date(0), end: end ?? new Date(0) };
}

function finish<T extends Timed>(value: T, ctx: z.RefinementCtx) {
  const { _now, startsAt, endsAt, timeZone, ...rest } = value;
  const { issues, zone, start, end } = timeRules({ startsAt, endsAt, timeZone, country: value.country, now: _now, latitudeGiven: value.latitude !== null, longitudeGiven: value.longitude !== null });
  for (const issue of issues) ctx.addIssue({ code: "custom", ...issue });
  return { ...rest, timeZone: zone, startsAt: start, endsAt: end };
}

/** The cross-field rules on the raw answers, for a form that failed at some field (the schema then skips them). */
function crossFieldIssues(raw: Record<string, unknown>, now: Date): Issue[] {
  const text = (name: string) => (typeof raw[name] === "string" ? (raw[name] as string).trim() : "");
  return timeRules({
    startsAt: text("startsAt"),
    endsAt: text("endsAt"),
    timeZone: text("timeZone"),
    country: countryFromText(text("country")) ?? "",
    now,
    latitudeGiven: text("latitude") !== "",
    longitudeGiven: text("longitude") !== "",
  }).issues;
}

/**
 * The form parsed whole: every field's own rule, and the rules between fields even when some field is
 * wrong, so that one round trip shows every message (each field's first).
 */
export function parseEventForm<S extends z.ZodType>(schema: S, raw: Record<string, unknown>, now: Date): z.ZodSafeParseResult<z.output<S>> {
  const parsed = schema.safeParse(raw) as z.ZodSafeParseResult<z.output<S>>;
  if (parsed.success) return parsed;
  const taken = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  for (const issue of crossFieldIssues(raw, now)) {
    if (taken.has(issue.path[0])) continue;
    taken.add(issue.path[0]);
    parsed.error.issues.push({ code: "custom", input: raw[issue.path[0]], ...issue });
  }
  return parsed;
}

const MULTILINE = ["description"] as const;

/** Registering: every field, the private contact and consent. */
export function registerEventSchema(now: Date) {
  return plainTextOnly(
    z
      .strictObject({
        ...eventFields(now),
        organiserName: requiredLine(120, "organiserName"),
        email: z
          .string({ error: key("eventForm.errors.emailRequired") })
          .trim()
          .min(1, key("eventForm.errors.emailRequired"))
          .max(254, key("eventForm.errors.emailInvalid"))
          .pipe(z.email(key("eventForm.errors.emailInvalid"))),
        consent: z.literal("on", { error: key("eventForm.errors.consentRequired") }),
        /** The honeypot: people never see it. */
        homepage: z.string().max(1000).optional(),
      })
      .transform(finish),
    { multiline: MULTILINE },
  );
}

/** The host changing the event through the private link: everything but who they are. */
export function editEventSchema(now: Date) {
  return plainTextOnly(z.strictObject({ ...eventFields(now), token: z.string().max(60) }).transform(finish), { multiline: MULTILINE });
}

export type RegisterEventInput = z.output<ReturnType<typeof registerEventSchema>>;
export type EditEventInput = z.output<ReturnType<typeof editEventSchema>>;
export type EventDetails = Omit<EditEventInput, "token">;

export const EVENT_FIELDS = [
  "kind", "title", "description", "startsAt", "endsAt", "timeZone", "venue", "streetAddress", "city", "country", "latitude", "longitude",
  "organisationName", "sponsorId", "publicContact", "expectedAttendance", "accessibility", "organiserName", "email", "consent",
] as const;

export const EVENT_FORM_ERRORS = { fields: EVENT_FIELDS, fallback: "eventForm.errors.invalidForm" } as const satisfies FieldErrorOptions;

/** The posted form as the schema's input: an untouched select posts "" for "choose one". */
export function eventFormValues(form: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = formFields(form);
  for (const name of ["kind"]) if (values[name] === "") delete values[name];
  return values;
}
