import type { Database } from "../db/client";

// A small world for the public pages' tests, named after the states it holds: a live campaign (English
// and Russian, default English) with things the public may see and things it may not, and a draft one.
// Every person in it has an address under example.org that no public shape may ever contain.

export const PRIVATE_EMAILS = {
  signer: "signer.private@example.org",
  sponsor: "sponsor.private@example.org",
  picketOrganiser: "picket.private@example.org",
  letterSender: "sender.private@example.org",
} as const;

const DAY = 24 * 60 * 60 * 1000;

export async function seedPublicFixtures(db: Database) {
  const p = db.prisma;
  const now = Date.now();
  const consent = await p.consentText.create({ data: { key: "test", version: 1, locale: "en", text: "I agree." } });

  const live = await p.campaign.create({
    data: {
      slug: "live-campaign",
      status: "LIVE",
      defaultLocale: "en",
      locales: ["en", "ru"],
      appealDate: new Date("2011-12-20T00:00:00Z"),
      donateUrl: "https://donate.example.org/live",
      translations: {
        create: [
          { locale: "en", title: "Justice for the oil workers", summary: "Strikers were shot.", appeal: "We **demand** justice.", callScript: "Say who you are." },
          { locale: "ru", title: "Справедливость для нефтяников", summary: "В бастующих стреляли.", appeal: "Мы **требуем** справедливости.", callScript: null },
        ],
      },
      demands: {
        create: [
          { position: 2, translations: { create: [{ locale: "en", text: "Reinstate every sacked worker" }, { locale: "ru", text: "Восстановить всех уволенных" }] } },
          { position: 1, translations: { create: [{ locale: "en", text: "Free the strikers' lawyer" }, { locale: "ru", text: "Освободить адвоката бастующих" }] } },
          { position: 3, translations: { create: [{ locale: "en", text: "An independent inquiry" }] } },
        ],
      },
    },
  });
  const draft = await p.campaign.create({
    data: {
      slug: "draft-campaign",
      status: "DRAFT",
      locales: ["en"],
      translations: { create: [{ locale: "en", title: "Not yet public", summary: "Draft.", appeal: "Draft appeal." }] },
    },
  });

  const openPetition = await p.petition.create({
    data: {
      campaignId: live.id, slug: "open-petition", status: "OPEN", goal: 10000, signatureCount: 1234, locales: ["en", "ru"], openedAt: new Date(now - 5 * DAY),
      translations: { create: [{ locale: "en", title: "Free the lawyer", addressee: "To the president", body: "Free her." }] },
    },
  });
  await p.petition.create({
    data: {
      campaignId: live.id, slug: "draft-petition", status: "DRAFT", locales: ["en"],
      translations: { create: [{ locale: "en", title: "Unfinished petition", addressee: "x", body: "x" }] },
    },
  });
  await p.signature.create({
    data: {
      petitionId: openPetition.id, name: "Private Signer", email: PRIVATE_EMAILS.signer, emailNormalised: PRIVATE_EMAILS.signer,
      country: "DE", consentTextId: consent.id, locale: "en", status: "CONFIRMED", isPublic: true,
    },
  });

  const sponsor = (name: string, status: "APPROVED" | "AWAITING_MODERATION", email: string) =>
    p.sponsor.create({
      data: { campaignId: live.id, kind: "ORGANISATION", name, country: "GB", email, emailNormalised: email, consentTextId: consent.id, locale: "en", status },
    });
  await sponsor("Approved Branch", "APPROVED", PRIVATE_EMAILS.sponsor);
  await sponsor("Second Approved Branch", "APPROVED", "second@example.org");
  await sponsor("Awaiting Branch", "AWAITING_MODERATION", "awaiting@example.org");

  const embassy = await p.target.create({
    data: {
      campaignId: live.id, slug: "test-embassy-berlin", kind: "EMBASSY", name: "Test Embassy in Germany", represents: "KZ", country: "DE", city: "Berlin",
      postalAddress: "1 Example Street, Berlin", emails: ["berlin@embassy.example.org"], phones: ["+49 30 0000 0000"],
    },
  });
  const company = await p.target.create({
    data: { campaignId: live.id, slug: "test-oil-company", kind: "COMPANY", name: "Test Oil Company", country: "KZ", emails: ["pr@oil.example.org"], phones: [] },
  });

  await p.letterTemplate.create({
    data: {
      campaignId: live.id, slug: "protest-embassy", kind: "PROTEST", status: "PUBLISHED",
      translations: { create: [{ locale: "en", title: "Protest to the embassy", subject: "Stop the repression", body: "Dear Ambassador,\n\nI, {{name}}, protest." }] },
      targets: { create: [{ targetId: embassy.id }] },
    },
  });
  await p.letterTemplate.create({
    data: {
      campaignId: live.id, slug: "solidarity", kind: "SOLIDARITY", status: "PUBLISHED",
      translations: {
        create: [
          { locale: "en", title: "Solidarity with the strikers", subject: "You are not alone", body: "Dear friends," },
          { locale: "ru", title: "Солидарность с бастующими", subject: "Вы не одни", body: "Дорогие друзья," },
        ],
      },
    },
  });
  await p.letterTemplate.create({
    data: { campaignId: live.id, slug: "draft-letter", kind: "PRESS", status: "DRAFT", translations: { create: [{ locale: "en", title: "Unfinished letter", subject: "x", body: "x" }] } },
  });
  await p.letter.create({
    data: {
      campaignId: live.id, senderName: "Private Sender", senderEmail: PRIVATE_EMAILS.letterSender, senderEmailNormalised: PRIVATE_EMAILS.letterSender,
      senderCountry: "GB", subject: "x", body: "x", locale: "en", status: "CONFIRMED",
    },
  });

  const event = (title: string, startsAt: Date, status: "PUBLISHED" | "AWAITING_MODERATION", endsAt: Date | null = null) =>
    p.event.create({
      data: {
        campaignId: live.id, kind: "PICKET", title, startsAt, endsAt, timeZone: "Europe/Berlin", venue: "Brandenburg Gate", city: "Berlin", country: "DE",
        organiserName: "Private Organiser", organisationName: "Test Branch", email: PRIVATE_EMAILS.picketOrganiser,
        emailNormalised: PRIVATE_EMAILS.picketOrganiser, status,
      },
    });
  const pastEvent = await event("Past picket", new Date(now - 30 * DAY), "PUBLISHED");
  await event("Future picket", new Date(now + 7 * DAY), "PUBLISHED");
  await event("Running vigil", new Date(now - DAY), "PUBLISHED", new Date(now + DAY));
  await event("Unmoderated picket", new Date(now + 3 * DAY), "AWAITING_MODERATION");
  await p.eventReport.create({ data: { eventId: pastEvent.id, authorName: "Private Reporter", attendance: 50, body: "About fifty came.", pressLinks: ["https://news.example.com/a"], status: "APPROVED" } });
  await p.eventReport.create({ data: { eventId: pastEvent.id, authorName: "Spammer", body: "Unmoderated report.", pressLinks: [], status: "AWAITING_MODERATION" } });

  const news = (slug: string, locale: string, title: string, daysAgo: number, extra: { status?: "DRAFT" | "PUBLISHED"; campaignId?: string | null } = {}) =>
    p.newsPost.create({
      data: {
        slug, locale, title, summary: `${title} (summary)`, body: `${title}: the **body**.`, kind: "REPORT", status: extra.status ?? "PUBLISHED",
        publishedAt: new Date(now - daysAgo * DAY), campaignId: extra.campaignId === undefined ? live.id : extra.campaignId,
      },
    });
  await news("both-languages", "en", "Berlin picket held", 3);
  await news("both-languages", "ru", "Пикет в Берлине прошёл", 3);
  await news("english-only", "en", "Lawyer's appeal heard", 1);
  await news("russian-only", "ru", "Только по-русски", 2);
  await news("oldest", "en", "The strike began", 40);
  await news("unpublished", "en", "Draft news", 0.5, { status: "DRAFT" });
  await news("scheduled", "en", "Tomorrow's news", -1);
  await news("draft-campaign-news", "en", "News of a draft campaign", 0.5, { campaignId: draft.id });
  await news("site-news", "en", "Placard site news", 4, { campaignId: null });

  return { live, draft, openPetition, embassy, company };
}
