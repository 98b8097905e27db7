import type { Database } from "../db/client";
import { ModerationStatus } from "../generated/prisma/enums";
import type { MessageKey } from "../i18n/translate";
import { hitRateLimit, type Limit } from "../security/rate-limit";
import { findEventByHostToken } from "./host-link";
import { MAX_PHOTOS, processPhoto, type ProcessedPhoto, type Upload } from "./photos/process";
import { newPhotoKey, type PhotoStorage } from "./photos/storage";
import type { EventReportInput } from "./report-schema";
import { PUBLISHED_EVENT } from "./states";

// The host's report, once the event has begun: it waits for a moderator (the one queue) before the
// public sees it. Photos are re-encoded first (nothing of the upload is kept); their files are written,
// then the report and its photos in one transaction; if that fails, the files are removed again, so a
// fault leaves neither a report without its photos nor files that no row names.
// One report per event: a rejected one may be sent again.

/** A report that stands: waiting for a moderator, or shown. A rejected one does not: the host may send another. */
export const STANDING_REPORT = { status: { in: [ModerationStatus.AWAITING_MODERATION, ModerationStatus.APPROVED] } };

export type HostEvent = NonNullable<Awaited<ReturnType<typeof findEventByHostToken>>>;
/** Whether an event takes a report now, or why not (the report page says it before the form; the endpoint refuses with it). */
export type ReportOpening = "open" | "closed" | "not-yet" | "waiting" | "approved";

export async function reportOpening(db: Database, event: Pick<HostEvent, "id" | "status" | "startsAt">, now = new Date()): Promise<ReportOpening> {
  if (event.status !== PUBLISHED_EVENT) return "closed";
  if (event.startsAt > now) return "not-yet";
  const standing = await db.prisma.eventReport.findFirst({ where: { eventId: event.id, ...STANDING_REPORT }, select: { status: true } });
  if (!standing) return "open";
  return standing.status === ModerationStatus.APPROVED ? "approved" : "waiting";
}

export type ReportFieldError = { key: MessageKey; values?: Record<string, string> };
export type ReportResult =
  | { ok: true; campaignSlug: string }
  | { ok: false; error: "not-found" | "not-yet" | "closed" | "already" | "rate-limited" }
  | { ok: false; fieldErrors: Partial<Record<"photos" | "facesChecked", ReportFieldError>> };

/** Re-encoding costs the server: a few reports an hour per event is plenty for a host. */
export const REPORT_RATE_LIMITS: Limit[] = [{ count: 10, seconds: 3600 }];

export async function submitEventReport(
  db: Database,
  storage: PhotoStorage,
  /** The host's token, or the event it opens when the caller has looked it up already. */
  host: string | HostEvent,
  input: EventReportInput,
  uploads: Upload[],
  { now = new Date(), limits = REPORT_RATE_LIMITS }: { now?: Date; limits?: Limit[] } = {},
): Promise<ReportResult> {
  const event = typeof host === "string" ? await findEventByHostToken(db, host) : host;
  if (!event) return { ok: false, error: "not-found" };
  const opening = await reportOpening(db, event, now);
  if (opening === "waiting" || opening === "approved") return { ok: false, error: "already" };
  if (opening !== "open") return { ok: false, error: opening };
  if (uploads.length > MAX_PHOTOS) return { ok: false, fieldErrors: { photos: { key: "eventReport.errors.photosTooMany", values: { max: String(MAX_PHOTOS) } } } };
  if (uploads.length > 0 && input.facesChecked !== "on") return { ok: false, fieldErrors: { facesChecked: { key: "eventReport.errors.facesRequired" } } };
  const { allowed } = await hitRateLimit(db, `event-report:${event.id}`, limits, now);
  if (!allowed) return { ok: false, error: "rate-limited" };

  const photos: ProcessedPhoto[] = [];
  for (const upload of uploads) {
    const result = await processPhoto(upload);
    if (!result.ok) return { ok: false, fieldErrors: { photos: { key: result.error, values: { name: upload.name.slice(0, 80) } } } };
    photos.push(result.photo);
  }

  const keys: string[] = [];
  try {
    for (const photo of photos) {
      const key = newPhotoKey();
      await storage.put(key, photo.bytes);
      keys.push(key);
    }
    const alt = input.photoAlt ?? event.title;
    await db.prisma.$transaction(async (tx) => {
      // Sent twice at once: the second finds the first and stops.
      const again = await tx.eventReport.count({ where: { eventId: event.id, ...STANDING_REPORT } });
      if (again > 0) throw new AlreadyReported();
      await tx.eventReport.create({
        data: {
          eventId: event.id,
          authorName: event.organisationName ?? "",
          attendance: input.attendance,
          body: input.body,
          pressLinks: input.pressLinks,
          createdAt: now,
          photos: {
            create: photos.map((photo, position) => ({
              mimeType: photo.mimeType,
              width: photo.width,
              height: photo.height,
              alt,
              storageKey: keys[position]!,
              byteSize: photo.bytes.length,
              position,
              createdAt: now,
            })),
          },
        },
      });
    });
  } catch (error) {
    await Promise.all(keys.map((key) => storage.delete(key).catch(() => undefined)));
    if (error instanceof AlreadyReported) return { ok: false, error: "already" };
    throw error;
  }
  return { ok: true, campaignSlug: event.campaign.slug };
}

class AlreadyReported extends Error {}
