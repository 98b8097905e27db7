import { isIP } from "node:net";
import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import { SignatureStatus } from "../generated/prisma/enums";
import { campaignWhereCan } from "../auth/capabilities";
import type { CurrentUser } from "../auth/roles";
import { plainTextOnly } from "../forms/plain-text";
import { truncateIp } from "../security/truncate-ip";

// The moderators' filter over a campaign's signatures: by petition, status, suspicion, email domain,
// IP address, time of signing and country. The same filter lists signatures and picks the rows a bulk
// action changes, and it is what the audit log records. Blank fields mean "any".

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

/** "2026-01-15T10:30" (from <input type="datetime-local">, read as UTC) or a full ISO time. */
const moment = z
  .string()
  .trim()
  .refine((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z)?$/.test(v) && !Number.isNaN(Date.parse(withZone(v))), "moderation.errors.timeInvalid")
  .transform((v) => new Date(withZone(v)));

function withZone(v: string): string {
  return v.endsWith("Z") ? v : `${v}Z`;
}

/** An IP address as the app stores it: IPv6 in its canonical compressed form, IPv4-mapped unwrapped. */
export function canonicalIp(raw: string): string | null {
  const value = raw.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  const kind = isIP(value);
  if (kind === 4) return value;
  if (kind === 6) return new URL(`http://[${value}]`).hostname.slice(1, -1);
  return null;
}

/** The filter's fields, for a form that carries them beside its own. */
export const moderationFilterFields = z.strictObject({
  petition: optional(z.string().trim().max(64)),
  status: optional(z.enum(SignatureStatus)),
  suspect: optional(z.literal("1")),
  domain: optional(
    z
      .string()
      .trim()
      .toLowerCase()
      .transform((v) => v.replace(/^@/, ""))
      .pipe(z.string().max(253).regex(/^([a-z0-9-]+\.)+[a-z0-9-]{2,}$/, "moderation.errors.domainInvalid")),
  ),
  ip: optional(
    z
      .string()
      .transform((v, ctx) => canonicalIp(v) ?? (ctx.addIssue({ code: "custom", message: "moderation.errors.ipInvalid" }), z.NEVER)),
  ),
  from: optional(moment),
  until: optional(moment),
  country: optional(z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/)),
});
export const moderationFilterSchema = plainTextOnly(moderationFilterFields);

export type ModerationFilter = z.output<typeof moderationFilterSchema>;

export const FILTER_FIELDS = ["petition", "status", "suspect", "domain", "ip", "from", "until", "country"] as const;

/** Bulk actions need something narrower than "everything": a domain, an address or a time window. */
export function isNarrowEnough(filter: ModerationFilter): boolean {
  return Boolean(filter.domain || filter.ip || filter.from || filter.until);
}

/** The signatures of this campaign that the filter picks, for someone who may organise it. */
export function signatureWhere(actor: Pick<CurrentUser, "id" | "role">, campaignId: string, filter: ModerationFilter): Prisma.SignatureWhereInput {
  return {
    petition: { campaignId, campaign: campaignWhereCan(actor, "moderation.decide") },
    ...(filter.petition ? { petitionId: filter.petition } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.suspect ? { isSuspect: true } : {}),
    ...(filter.domain ? { emailNormalised: { endsWith: `@${filter.domain}` } } : {}),
    // After a week only the address's network is kept (docs/decisions/019): an address finds it too.
    ...(filter.ip ? { ipAddress: { in: [filter.ip, truncateIp(filter.ip) ?? filter.ip] } } : {}),
    ...(filter.from || filter.until
      ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.until ? { lte: filter.until } : {}) } }
      : {}),
    ...(filter.country ? { country: filter.country } : {}),
  };
}

/** The filter as URL parameters (the page's address, and hidden fields of the bulk forms). */
export function filterToParams(filter: ModerationFilter): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of FILTER_FIELDS) {
    const value = filter[key];
    if (value === undefined) continue;
    params[key] = value instanceof Date ? localInputValue(value) : String(value);
  }
  return params;
}

/** A time as <input type="datetime-local"> shows it (UTC): minutes, and seconds only when there are any. */
function localInputValue(date: Date): string {
  const iso = date.toISOString();
  return date.getUTCSeconds() || date.getUTCMilliseconds() ? iso.slice(0, 19) : iso.slice(0, 16);
}

/** The filter for the audit log: plain JSON, times in ISO. */
export function filterForAudit(filter: ModerationFilter): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_FIELDS) {
    const value = filter[key];
    if (value !== undefined) out[key] = value instanceof Date ? value.toISOString() : String(value);
  }
  return out;
}
