import { campaignWhereCan } from "../../auth/capabilities";
import type { CurrentUser } from "../../auth/roles";
import { PUBLIC_CAMPAIGN_STATES } from "../../campaigns/states";
import type { Database } from "../../db/client";
import { ModerationStatus } from "../../generated/prisma/enums";
import { publicEventsWhere } from "../public-events";
import type { PhotoStorage } from "./storage";

// Who may see a report's photo: anyone, once the report is approved, the photo not hidden, and its event
// and campaign public; before that (or once hidden), only those who moderate that campaign (the queue
// shows them the photos to decide on). Anyone else gets 404, the same as for an id that does not exist.

export type ServedPhoto = { bytes: Buffer; public: boolean };

export async function servePhoto(db: Database, storage: PhotoStorage, photoId: string, actor: Pick<CurrentUser, "id" | "role"> | null): Promise<ServedPhoto | null> {
  if (!/^[a-z0-9]{10,40}$/i.test(photoId)) return null;
  const photo = await db.prisma.eventPhoto.findUnique({
    where: { id: photoId },
    select: { storageKey: true, hidden: true, report: { select: { status: true, event: { select: { id: true, campaignId: true } } } } },
  });
  if (!photo) return null;
  const { campaignId } = photo.report.event;
  const isPublic =
    !photo.hidden &&
    photo.report.status === ModerationStatus.APPROVED &&
    (await db.prisma.event.count({ where: { id: photo.report.event.id, ...publicEventsWhere(campaignId), campaign: { status: { in: [...PUBLIC_CAMPAIGN_STATES] } } } })) === 1;
  if (!isPublic) {
    if (!actor) return null;
    const moderates = await db.prisma.campaign.count({ where: { AND: [{ id: campaignId }, campaignWhereCan(actor, "moderation.decide")] } });
    if (moderates === 0) return null;
  }
  const bytes = await storage.get(photo.storageKey);
  return bytes ? { bytes, public: isPublic } : null;
}
