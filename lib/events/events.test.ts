import { it } from "node:test";
import assert from "node:assert/strict";
import type { CurrentUser } from "../auth/roles";
import type { Database } from "../db/client";
import { renderedEmailsTo } from "../mail/render";
import { countAwaitingModeration, listModerationQueue } from "../moderation/queue";
import { decideQueueItem, queueDecisionSchema } from "../moderation/decide";
import { describeOnDatabases } from "../testing/db";
import { liveCampaign } from "../sponsors/test-world";
import { confirmEvent, describeEventLink } from "./confirm";
import { cancelEventByHost, updateEventByHost } from "./host";
import { findEventByHostToken } from "./host-link";
import { findPublicEvent, listPublicEvents } from "./public-events";
import { registerEvent } from "./register";
import { eraseSupporter } from "../my-data/erase-supporter";
import { editEventSchema, parseEventForm, registerEventSchema } from "./schema";
import { decisionContext } from "../testing/decision-context";

// A Cologne union branch's picket, from the form to the public list, in the domain layer (the browser
// story is e2e/union-branch-holds-a-picket-at-the-consulate.spec.ts).

const NOW = new Date("2026-12-01T10:00:00Z");
let n = 0;

function picketForm(email: string, overrides: Record<string, string> = {}) {
  return {
    kind: "PICKET",
    title: `Picket outside the consulate ${++n}`,
    description: "Bring placards.\nWe stand for an hour.",
    startsAt: "2026-12-10T17:00",
    endsAt: "2026-12-10T19:00",
    timeZone: "",
    venue: "Outside the consulate",
    streetAddress: "Konsulatstraße 1",
    city: "Köln",
    country: "Deutschland",
    latitude: "50,9375",
    longitude: "6.9603",
    organisationName: "Rhine Transport Workers, Cologne branch",
    publicContact: "+49 221 000000",
    expectedAttendance: "30",
    accessibility: "Step-free",
    organiserName: "Branch secretary",
    email,
    consent: "on",
    ...overrides,
  };
}

/** The host's form: the same fields but who they are. */
function editForm(email: string, overrides: Record<string, string>, token: string) {
  const { organiserName: _n, email: _e, consent: _c, ...fields } = picketForm(email, overrides);
  void _n;
  void _e;
  void _c;
  return { ...fields, token };
}

async function moderatorOf(db: Database, campaignId: string): Promise<CurrentUser> {
  const user = await db.prisma.user.create({ data: { email: `moderator.${process.pid}.${++n}@example.org` }, select: { id: true, email: true, role: true } });
  await db.prisma.campaignOrganiser.create({ data: { campaignId, userId: user.id, role: "MODERATOR" } });
  return user;
}


function tokenIn(text: string | null | undefined, path: RegExp): string {
  const match = path.exec(text ?? "");
  if (!match) throw new Error(`no link like ${path} in the email`);
  return match[1]!;
}

async function registered(db: Database, email: string, overrides: Record<string, string> = {}) {
  const campaign = await liveCampaign(db);
  const input = registerEventSchema(NOW).parse(picketForm(email, overrides));
  assert.deepEqual(await registerEvent(db, campaign.id, input, { ip: `198.51.100.${++n % 250}`, locale: "de", now: NOW }), { ok: true });
  const mail = (await renderedEmailsTo(db, email)).at(-1);
  return { campaign, input, mail, token: tokenIn(mail?.text, /\/events\/confirm\?token=([A-Za-z0-9_-]{43})/) };
}

describeOnDatabases("a host registers a picket", (db) => {
  it("reads the wall-clock time in the event's own zone, taken from the country when it has one", () => {
    const input = registerEventSchema(NOW).parse(picketForm("x@cologne.example.org"));
    assert.equal(input.timeZone, "Europe/Berlin");
    assert.equal(input.country, "DE");
    assert.equal(input.startsAt.toISOString(), "2026-12-10T16:00:00.000Z");
    assert.equal(input.endsAt.toISOString(), "2026-12-10T18:00:00.000Z");
    assert.equal(input.latitude, 50.9375);
    const almaty = registerEventSchema(NOW).parse(picketForm("x@cologne.example.org", { country: "Kazakhstan", timeZone: "asia/almaty" }));
    assert.equal(almaty.timeZone, "Asia/Almaty");
    assert.equal(almaty.startsAt.toISOString(), "2026-12-10T12:00:00.000Z");
  });

  it("refuses every bad answer at its field, with its own message", () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ endsAt: "2026-12-10T16:00" }, "endsAt", "eventForm.errors.endBeforeStart"],
      [{ timeZone: "Mars/Olympus" }, "timeZone", "eventForm.errors.timeZoneUnknown"],
      [{ country: "United States" }, "timeZone", "eventForm.errors.timeZoneRequired"],
      [{ latitude: "95" }, "latitude", "eventForm.errors.latitudeInvalid"],
      [{ longitude: "-181" }, "longitude", "eventForm.errors.longitudeInvalid"],
      [{ longitude: "" }, "longitude", "eventForm.errors.positionHalf"],
      [{ startsAt: "2029-12-10T17:00", endsAt: "2029-12-10T19:00" }, "startsAt", "eventForm.errors.startTooFar"],
      [{ startsAt: "2026-11-10T17:00", endsAt: "2026-11-10T19:00" }, "startsAt", "eventForm.errors.startPast"],
      [{ startsAt: "10/12/2026" }, "startsAt", "eventForm.errors.startInvalid"],
      [{ country: "Atlantis" }, "country", "eventForm.errors.countryUnknown"],
      [{ kind: "PARADE" }, "kind", "eventForm.errors.kindRequired"],
      [{ title: "" }, "title", "eventForm.errors.titleRequired"],
      [{ expectedAttendance: "lots" }, "expectedAttendance", "eventForm.errors.attendanceInvalid"],
      [{ email: "not-an-address" }, "email", "eventForm.errors.emailInvalid"],
      [{ title: "Picket\u0000" }, "title", "errors.controlCharacter"],
    ];
    for (const [change, path, message] of cases) {
      const result = registerEventSchema(NOW).safeParse(picketForm("x@cologne.example.org", change));
      assert.equal(result.success, false, JSON.stringify(change));
      const issue = result.error!.issues.find((i) => i.path[0] === path);
      assert.equal(issue?.message, message, JSON.stringify(change));
    }
    // Several wrong answers at once: each is named in one round, the rules between fields too.
    const many = parseEventForm(registerEventSchema(NOW), picketForm("x@cologne.example.org", { title: "", endsAt: "2026-12-10T16:00", timeZone: "Mars/Olympus", latitude: "95" }), NOW);
    assert.equal(many.success, false);
    assert.deepEqual(
      Object.fromEntries(many.error!.issues.map((i) => [String(i.path[0]), i.message])),
      { title: "eventForm.errors.titleRequired", latitude: "eventForm.errors.latitudeInvalid", timeZone: "eventForm.errors.timeZoneUnknown", endsAt: "eventForm.errors.endBeforeStart" },
    );
    const forged = registerEventSchema(NOW).safeParse({ ...picketForm("x@cologne.example.org"), status: "PUBLISHED" });
    assert.equal(forged.success, false);
  });

  it("stores nothing public until the host confirms; the email carries nothing the host typed", async () => {
    const email = `secretary.${n}@cologne.example.org`;
    const { campaign, input, mail } = await registered(db(), email);
    assert.ok(!mail!.text.includes(input.title) && !mail!.text.includes("Branch secretary"));
    const row = await db().prisma.event.findFirstOrThrow({ where: { campaignId: campaign.id } });
    assert.equal(row.status, "UNCONFIRMED");
    assert.deepEqual(await listPublicEvents(db(), campaign.id, NOW), { upcoming: [], past: [] });
  });

  it("the same form sent again renews the link instead of making a second event", async () => {
    const email = `again.${n}@cologne.example.org`;
    const { campaign } = await registered(db(), email);
    const row = await db().prisma.event.findFirstOrThrow({ where: { campaignId: campaign.id } });
    const again = registerEventSchema(NOW).parse(picketForm(email, { title: row.title }));
    await registerEvent(db(), campaign.id, again, { ip: "198.51.100.77", locale: "de", now: NOW });
    assert.equal(await db().prisma.event.count({ where: { campaignId: campaign.id } }), 1);
    assert.equal((await renderedEmailsTo(db(), email)).length, 2);
  });

  it("confirming sends it to the moderators and gives the host a private link; a moderator publishes it and the host is told", async () => {
    const email = `publish.${n}@cologne.example.org`;
    const { campaign, token } = await registered(db(), email);
    assert.equal((await describeEventLink(db(), token, "en", NOW)).state, "usable");
    const confirmed = await confirmEvent(db(), token, NOW);
    assert.equal(confirmed.state, "waiting");
    assert.equal((await confirmEvent(db(), token, NOW)).state, "already-confirmed");
    const hostMail = (await renderedEmailsTo(db(), email)).at(-1)!;
    const hostToken = tokenIn(hostMail.text, /\/events\/host\/([A-Za-z0-9_-]{43})/);
    assert.equal((await findEventByHostToken(db(), hostToken))?.status, "AWAITING_MODERATION");

    const moderator = await moderatorOf(db(), campaign.id);
    const before = await countAwaitingModeration(db(), moderator, { campaignId: campaign.id });
    const queue = await listModerationQueue(db(), moderator, campaign.id, "en");
    const item = queue.items.find((i) => i.kind === "event")!;
    assert.equal(item.kind === "event" && item.emailDomain, "cologne.example.org");
    await decideQueueItem(decisionContext(db(), moderator, campaign.id), queueDecisionSchema.parse({ item: `event:${item.id}`, decision: "APPROVE" }), NOW);
    assert.equal(await countAwaitingModeration(db(), moderator, { campaignId: campaign.id }), before! - 1);
    const shown = await findPublicEvent(db(), campaign.id, item.id);
    assert.equal(shown?.status, "PUBLISHED");
    assert.equal(shown?.streetAddress, "Konsulatstraße 1");
    assert.ok(!("email" in shown!) && !("organiserName" in shown!));
    const told = (await renderedEmailsTo(db(), email)).at(-1)!;
    assert.match(told.text, new RegExp(`/de/campaigns/${campaign.slug}/events/${item.id}`));
  });

  it("a rejected event sends its reason to the host, and is never shown", async () => {
    const email = `reject.${n}@cologne.example.org`;
    const { campaign, token } = await registered(db(), email);
    await confirmEvent(db(), token, NOW);
    const moderator = await moderatorOf(db(), campaign.id);
    const event = await db().prisma.event.findFirstOrThrow({ where: { campaignId: campaign.id } });
    const reason = "Please give the street so that people find you.";
    await decideQueueItem(decisionContext(db(), moderator, campaign.id), queueDecisionSchema.parse({ item: `event:${event.id}`, decision: "REJECT", reason }), NOW);
    assert.equal(await findPublicEvent(db(), campaign.id, event.id), null);
    const mail = (await renderedEmailsTo(db(), email)).at(-1)!;
    assert.ok(mail.text.includes(reason));
    assert.equal(queueDecisionSchema.safeParse({ item: `event:${event.id}`, decision: "REJECT", reason: "" }).success, false);
  });

  it("approve and trust: the host's next event goes live when confirmed, and its changes stay live", async () => {
    const email = `trusted.${n}@cologne.example.org`;
    const { campaign, token } = await registered(db(), email);
    await confirmEvent(db(), token, NOW);
    const moderator = await moderatorOf(db(), campaign.id);
    const first = await db().prisma.event.findFirstOrThrow({ where: { campaignId: campaign.id } });
    await decideQueueItem(decisionContext(db(), moderator, campaign.id), queueDecisionSchema.parse({ item: `event:${first.id}`, decision: "APPROVE_AND_TRUST" }), NOW);

    const next = registerEventSchema(NOW).parse(picketForm(email.toUpperCase(), { title: "Second picket", startsAt: "2026-12-17T17:00", endsAt: "2026-12-17T18:00" }));
    await registerEvent(db(), campaign.id, next, { ip: "198.51.100.90", locale: "de", now: NOW });
    const secondToken = tokenIn((await renderedEmailsTo(db(), email.toUpperCase())).at(-1)?.text, /\/events\/confirm\?token=([A-Za-z0-9_-]{43})/);
    const confirmed = await confirmEvent(db(), secondToken, NOW);
    assert.equal(confirmed.state, "published");
    assert.equal((await listPublicEvents(db(), campaign.id, NOW)).upcoming.length, 2);

    const hostToken = confirmed.state === "published" ? confirmed.hostToken : "";
    const changed = editEventSchema(NOW).parse(editForm(email, { title: "Second picket, new time", startsAt: "2026-12-17T18:00", endsAt: "2026-12-17T19:00" }, hostToken));
    const { token: _t, ...details } = changed;
    void _t;
    assert.deepEqual(await updateEventByHost(db(), hostToken, details, NOW), { ok: true, state: "published" });
    assert.equal((await findEventByHostToken(db(), hostToken))?.title, "Second picket, new time");
  });

  it("an untrusted host's change to a published event goes back to the moderators; cancelling keeps it listed as cancelled", async () => {
    const email = `change.${n}@cologne.example.org`;
    const { campaign, token } = await registered(db(), email);
    const confirmed = await confirmEvent(db(), token, NOW);
    const hostToken = confirmed.state === "waiting" ? confirmed.hostToken : "";
    const moderator = await moderatorOf(db(), campaign.id);
    const event = await db().prisma.event.findFirstOrThrow({ where: { campaignId: campaign.id } });
    await decideQueueItem(decisionContext(db(), moderator, campaign.id), queueDecisionSchema.parse({ item: `event:${event.id}`, decision: "APPROVE" }), NOW);

    const { token: _t, ...details } = editEventSchema(NOW).parse(editForm(email, { title: "A changed title" }, hostToken));
    void _t;
    assert.deepEqual(await updateEventByHost(db(), hostToken, details, NOW), { ok: true, state: "waiting" });
    assert.equal(await findPublicEvent(db(), campaign.id, event.id), null);
    await decideQueueItem(decisionContext(db(), moderator, campaign.id), queueDecisionSchema.parse({ item: `event:${event.id}`, decision: "APPROVE" }), NOW);
    assert.equal((await findPublicEvent(db(), campaign.id, event.id))?.title, "A changed title");

    assert.deepEqual(await cancelEventByHost(db(), hostToken, NOW), { ok: true, state: "cancelled" });
    assert.equal((await findPublicEvent(db(), campaign.id, event.id))?.status, "CANCELLED");
    assert.deepEqual(await cancelEventByHost(db(), hostToken, NOW), { ok: false, error: "closed" });
    const started = new Date("2026-12-10T16:30:00Z");
    assert.deepEqual(await updateEventByHost(db(), hostToken, details, started), { ok: false, error: "closed" });
  });

  it("a cancelled event that was never published is not shown", async () => {
    const email = `never.${n}@cologne.example.org`;
    const { campaign, token } = await registered(db(), email);
    const confirmed = await confirmEvent(db(), token, NOW);
    await cancelEventByHost(db(), confirmed.state === "waiting" ? confirmed.hostToken : "", NOW);
    assert.deepEqual(await listPublicEvents(db(), campaign.id, NOW), { upcoming: [], past: [] });
  });

  it("a host who erases their data keeps the published event on the map without their name, address or private link", async () => {
    const email = `erase.${n}@cologne.example.org`;
    const { campaign, token } = await registered(db(), email);
    const confirmed = await confirmEvent(db(), token, NOW);
    const hostToken = confirmed.state === "waiting" ? confirmed.hostToken : "";
    const moderator = await moderatorOf(db(), campaign.id);
    const event = await db().prisma.event.findFirstOrThrow({ where: { campaignId: campaign.id } });
    await decideQueueItem(decisionContext(db(), moderator, campaign.id), queueDecisionSchema.parse({ item: `event:${event.id}`, decision: "APPROVE_AND_TRUST" }), NOW);
    const second = registerEventSchema(NOW).parse(picketForm(email, { title: "Never confirmed" }));
    await registerEvent(db(), campaign.id, second, { ip: "198.51.100.91", locale: "de", now: NOW });

    const erased = await eraseSupporter(db(), { emailNormalised: email, expiresAt: new Date(Date.now() + 60_000) });
    assert.equal(erased.events, 2);
    const left = await db().prisma.event.findMany({ where: { campaignId: campaign.id } });
    assert.deepEqual(left.map((e) => [e.title, e.email, e.organiserName, e.hostTokenHash]), [[event.title, "", "", null]]);
    assert.equal((await findPublicEvent(db(), campaign.id, event.id))?.organisationName, "Rhine Transport Workers, Cologne branch");
    assert.equal(await findEventByHostToken(db(), hostToken), null);
    assert.equal(await db().prisma.trustedHost.count({ where: { campaignId: campaign.id } }), 0);
  });
});
