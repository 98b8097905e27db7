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
  token: string,
  input: EventReportInput,
  uploads: Upload[],
  { now = new Date(), limits = REPORT_RATE_LIMITS }: { now?: Date; limits?: Limit[] } = {},
): Promise<ReportResult> {
  const event = await findEventByHostToken(db, token);
  if (!event) return { ok: false, error: "not-found" };
  if (event.status !== PUBLISHED_EVENT) return { ok: false, error: "closed" };
  if (event.startsAt > now) return { ok: false, error: "not-yet" };
  const earlier = await db.prisma.eventReport.count({ where: { eventId: event.id, status: { in: [ModerationStatus.AWAITING_MODERATION, ModerationStatus.APPROVED] } } });
  if (earlier > 0) return { ok: false, error: "already" };
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
      const again = await tx.eventReport.count({ where: { eventId: event.id, status: { in: [ModerationStatus.AWAITING_MODERATION, ModerationStatus.APPROVED] } } });
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

/** Removes the files of photos whose rows are about to go (an event erased, a report rejected). */
export async function deletePhotoFiles(storage: PhotoStorage, storageKeys: string[]): Promise<void> {
  await Promise.all(storageKeys.map((key) => storage.delete(key)));
}
