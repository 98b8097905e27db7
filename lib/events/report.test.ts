import { it } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { CurrentUser } from "../auth/roles";
import type { Database } from "../db/client";
import { decideQueueItem } from "../moderation/decide";
import { countAwaitingModeration, listModerationQueue } from "../moderation/queue";
import { liveCampaign } from "../sponsors/test-world";
import { describeOnDatabases } from "../testing/db";
import { newHostToken } from "./host-link";
import { holdsGpsLatitude, jpegWithGps, png, SVG } from "./photos/fixtures";
import { servePhoto } from "./photos/serve";
import { localDiskPhotoStorage, type PhotoStorage } from "./photos/storage";
import { findPublicEvent } from "./public-events";
import { submitEventReport } from "./report";
import { eventReportSchema } from "./report-schema";
import { decisionContext } from "../testing/decision-context";

// A host's report on a picket that has taken place: photos re-encoded and stored, the report in the
// moderation queue, published with one photo hidden, and who may see which photo when.

const NOW = new Date("2026-12-10T20:00:00Z");
let n = 0;

async function heldPicket(db: Database, { startsAt = new Date("2026-12-10T16:00:00Z"), status = "PUBLISHED" as const } = {}) {
  const campaign = await liveCampaign(db);
  const { token, tokenHash } = newHostToken();
  const event = await db.prisma.event.create({
    data: {
      campaignId: campaign.id, kind: "PICKET", title: `Picket at the consulate ${++n}`, startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000),
      timeZone: "Europe/Berlin", venue: "Outside the consulate", city: "Köln", country: "DE", organiserName: "Branch secretary",
      organisationName: "Rhine Transport Workers, Cologne branch", email: `host.${n}@example.org`, emailNormalised: `host.${n}@example.org`,
      status, publishedAt: status === "PUBLISHED" ? new Date("2026-12-01T10:00:00Z") : null, hostTokenHash: tokenHash,
    },
  });
  return { campaign, event, token };
}

function report(fields: Record<string, string> = {}) {
  const parsed = eventReportSchema.parse({ attendance: "40", body: "Forty of us stood for two hours.\nThe consul's staff took our letter.", pressLinks: "https://news.example.org/picket", ...fields });
  return parsed;
}

async function moderatorOf(db: Database, campaignId: string): Promise<CurrentUser> {
  const user = await db.prisma.user.create({ data: { email: `report-moderator.${process.pid}.${++n}@example.org` }, select: { id: true, email: true, role: true } });
  await db.prisma.campaignOrganiser.create({ data: { campaignId, userId: user.id, role: "MODERATOR" } });
  return user;
}


async function filesIn(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const sub of await readdir(folder).catch(() => [])) for (const file of await readdir(path.join(folder, sub))) found.push(file);
  return found.sort();
}

describeOnDatabases("a host's report on their event", (db) => {
  let folder: string;
  let storage: PhotoStorage;
  it("starts with an empty photo folder", async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), "placard-photos-"));
    storage = localDiskPhotoStorage(folder);
    assert.deepEqual(await filesIn(folder), []);
  });

  it("is stored with its photos re-encoded without GPS, waits in the queue, and shows once approved, less the hidden photo", async () => {
    const { campaign, event, token } = await heldPicket(db());
    const uploads = [
      { name: "banner.jpg", type: "image/jpeg", bytes: await jpegWithGps() },
      { name: "crowd.png", type: "image/png", bytes: await png() },
    ];
    const result = await submitEventReport(db(), storage, token, report({ facesChecked: "on", photoAlt: "Banners outside the consulate" }), uploads, { now: NOW });
    assert.deepEqual(result, { ok: true, campaignSlug: campaign.slug });
    const photos = await db().prisma.eventPhoto.findMany({ where: { report: { eventId: event.id } }, orderBy: { position: "asc" } });
    assert.equal(photos.length, 2);
    assert.deepEqual(await filesIn(folder), photos.map((p) => p.storageKey).sort());
    const stored = (await storage.get(photos[0]!.storageKey))!;
    assert.equal(holdsGpsLatitude(stored), false);
    assert.equal(stored.includes(Buffer.from("PhoneMaker")), false);
    assert.equal(photos[0]!.alt, "Banners outside the consulate");

    // Not public yet: the public gets nothing, the campaign's moderator sees it in the queue.
    const moderator = await moderatorOf(db(), campaign.id);
    assert.equal(await servePhoto(db(), storage, photos[0]!.id, null), null);
    assert.equal((await servePhoto(db(), storage, photos[0]!.id, moderator))?.public, false);
    assert.equal((await findPublicEvent(db(), campaign.id, event.id))?.reports.length, 0);
    const queue = await listModerationQueue(db(), moderator, campaign.id, "en");
    const item = queue.items.find((i) => i.kind === "report");
    assert.ok(item && item.kind === "report");
    assert.deepEqual([item.attendance, item.photos.length, item.pressLinks], [40, 2, ["https://news.example.org/picket"]]);
    assert.equal(await countAwaitingModeration(db(), moderator, { campaignId: campaign.id }), 1);

    // Approved with the second photo hidden: its file is gone, the first is public.
    const kind = await decideQueueItem(decisionContext(db(), moderator, campaign.id, storage), { item: `report:${item.id}`, decision: "APPROVE", reason: "", hide: [photos[1]!.id] }, NOW);
    assert.equal(kind, "report");
    assert.equal(await countAwaitingModeration(db(), moderator, { campaignId: campaign.id }), 0);
    const shown = await findPublicEvent(db(), campaign.id, event.id);
    assert.deepEqual(shown?.reports.map((r) => [r.attendance, r.photos.map((p) => p.id)]), [[40, [photos[0]!.id]]]);
    const served = await servePhoto(db(), storage, photos[0]!.id, null);
    assert.equal(served?.public, true);
    assert.equal(holdsGpsLatitude(served!.bytes), false);
    assert.equal(await servePhoto(db(), storage, photos[1]!.id, null), null);
    assert.equal(await servePhoto(db(), storage, photos[1]!.id, moderator), null, "a hidden photo's file is deleted");
    assert.deepEqual(await filesIn(folder), [photos[0]!.storageKey]);
    const audit = await db().prisma.auditLog.findFirst({ where: { subjectId: item.id }, select: { action: true, details: true } });
    assert.equal(audit?.action, "events.report-approve");
    assert.equal((audit?.details as { photosHidden: number }).photosHidden, 1);

    // One report per event.
    assert.deepEqual(await submitEventReport(db(), storage, token, report(), [], { now: NOW }), { ok: false, error: "already" });
  });

  it("is refused before the event begins, for a cancelled event, and for a made-up link, and nothing is stored", async () => {
    const early = await heldPicket(db(), { startsAt: new Date("2026-12-11T16:00:00Z") });
    assert.deepEqual(await submitEventReport(db(), storage, early.token, report(), [], { now: NOW }), { ok: false, error: "not-yet" });
    const cancelled = await heldPicket(db(), { status: "CANCELLED" as never });
    assert.deepEqual(await submitEventReport(db(), storage, cancelled.token, report(), [], { now: NOW }), { ok: false, error: "closed" });
    assert.deepEqual(await submitEventReport(db(), storage, "a".repeat(43), report(), [], { now: NOW }), { ok: false, error: "not-found" });
    assert.equal(await db().prisma.eventReport.count({ where: { eventId: { in: [early.event.id, cancelled.event.id] } } }), 0);
  });

  it("with photos but without the faces box ticked, or with an SVG among good photos, stores no report and no file", async () => {
    const { event, token } = await heldPicket(db());
    const before = await filesIn(folder);
    const jpeg = { name: "banner.jpg", type: "image/jpeg", bytes: await jpegWithGps() };
    assert.deepEqual(await submitEventReport(db(), storage, token, report(), [jpeg], { now: NOW }), { ok: false, fieldErrors: { facesChecked: { key: "eventReport.errors.facesRequired" } } });
    const svg = { name: "logo.svg", type: "image/svg+xml", bytes: SVG };
    assert.deepEqual(await submitEventReport(db(), storage, token, report({ facesChecked: "on" }), [jpeg, svg], { now: NOW }), {
      ok: false,
      fieldErrors: { photos: { key: "eventReport.errors.photoSvg", values: { name: "logo.svg" } } },
    });
    assert.equal(await db().prisma.eventReport.count({ where: { eventId: event.id } }), 0);
    assert.deepEqual(await filesIn(folder), before);
  });

  it("when the photo storage fails half-way, stores no report and leaves no file behind", async () => {
    const { event, token } = await heldPicket(db());
    const before = await filesIn(folder);
    let puts = 0;
    const failing: PhotoStorage = { ...storage, put: async (key, bytes) => (++puts === 2 ? Promise.reject(new Error("disk full")) : storage.put(key, bytes)) };
    const photo = async () => ({ name: "banner.jpg", type: "image/jpeg", bytes: await jpegWithGps() });
    await assert.rejects(submitEventReport(db(), failing, token, report({ facesChecked: "on" }), [await photo(), await photo()], { now: NOW }), /disk full/);
    assert.equal(await db().prisma.eventReport.count({ where: { eventId: event.id } }), 0);
    assert.deepEqual(await filesIn(folder), before);
  });

  it("a rejected report's photos are deleted, and the host may send another", async () => {
    const { campaign, event, token } = await heldPicket(db());
    const upload = { name: "banner.jpg", type: "image/jpeg", bytes: await jpegWithGps() };
    assert.equal((await submitEventReport(db(), storage, token, report({ facesChecked: "on" }), [upload], { now: NOW })).ok, true);
    const moderator = await moderatorOf(db(), campaign.id);
    const waiting = await db().prisma.eventReport.findFirstOrThrow({ where: { eventId: event.id }, include: { photos: true } });
    await decideQueueItem(decisionContext(db(), moderator, campaign.id, storage), { item: `report:${waiting.id}`, decision: "REJECT", reason: "Faces of workers are visible", hide: [] }, NOW);
    assert.equal(await storage.get(waiting.photos[0]!.storageKey), null);
    assert.equal(await servePhoto(db(), storage, waiting.photos[0]!.id, moderator), null);
    assert.equal((await submitEventReport(db(), storage, token, report(), [], { now: NOW })).ok, true);
    await rm(folder, { recursive: true, force: true });
  });
});
