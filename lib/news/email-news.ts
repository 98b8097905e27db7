import type { Prisma } from "../generated/prisma/client";
import { CampaignStatus, MailPriority } from "../generated/prisma/enums";
import { isLocale, type Locale } from "../i18n/config";
import { outboxColumns } from "../mail/outbox";
import { ActionRefusal } from "../organise/action-refusal";
import { CONFIRMED_STATE } from "../signatures/states";
import { PUBLISHED_POST } from "./states";

// Emailing a published post to the campaign's subscribers, once per post (every language version is
// marked; a second time is refused). Subscribers are the distinct addresses with a CONFIRMED signature
// on one of the campaign's petitions whose signer chose "email me news": no text anyone typed goes to
// an address that has not confirmed it is theirs. Each gets the post's version in their language, else
// in the campaign's default language. The emails are LOW priority: the worker sends confirmations and
// sign-in links first, and only a few news emails per tick (lib/mail/send-pending.ts).

type Tx = Prisma.TransactionClient;

export const NEWS_EMAIL_PURPOSE = "campaign-news";
const CHUNK = 1_000;

/** One signature per subscribed address (the latest confirmed), with its language. */
export async function newsSubscribers(tx: Tx, campaignId: string): Promise<{ signatureId: string; email: string; locale: string }[]> {
  const rows = await tx.signature.findMany({
    where: { petition: { campaignId }, status: CONFIRMED_STATE, wantsUpdates: true },
    orderBy: [{ emailNormalised: "asc" }, { confirmedAt: "desc" }, { id: "asc" }],
    select: { id: true, email: true, emailNormalised: true, locale: true },
  });
  const seen = new Set<string>();
  return rows.flatMap((r) => (seen.has(r.emailNormalised) ? [] : (seen.add(r.emailNormalised), [{ signatureId: r.id, email: r.email, locale: r.locale }])));
}

export async function emailNewsPost(tx: Tx, campaignId: string, slug: string, now = new Date()): Promise<{ recipients: number }> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`news-email:${campaignId}:${slug}`}))`;
  const campaign = await tx.campaign.findUniqueOrThrow({
    where: { id: campaignId },
    select: { status: true, defaultLocale: true, translations: { select: { locale: true, title: true } } },
  });
  const versions = await tx.newsPost.findMany({
    where: { campaignId, slug },
    select: { locale: true, status: true, kind: true, title: true, summary: true, emailedAt: true, publishedAt: true },
  });
  if (versions.length === 0) throw new ActionRefusal("newsConsole.errors.postGone");
  if (versions.some((v) => v.emailedAt)) throw new ActionRefusal("newsConsole.errors.alreadyEmailed");
  if (campaign.status === CampaignStatus.DRAFT) throw new ActionRefusal("newsConsole.errors.campaignDraft");
  const published = versions.filter((v) => v.status === PUBLISHED_POST && v.publishedAt && v.publishedAt <= now);
  const main = published.find((v) => v.locale === campaign.defaultLocale);
  if (!main) throw new ActionRefusal("newsConsole.errors.mainNotPublished");

  const subscribers = await newsSubscribers(tx, campaignId);
  const titleIn = (locale: string) => (campaign.translations.find((t) => t.locale === locale) ?? campaign.translations.find((t) => t.locale === campaign.defaultLocale))?.title ?? "";
  for (let i = 0; i < subscribers.length; i += CHUNK) {
    const rows = subscribers.slice(i, i + CHUNK).map((s) => {
      const locale: Locale = isLocale(s.locale) ? s.locale : (campaign.defaultLocale as Locale);
      const version = published.find((v) => v.locale === locale) ?? main;
      // Validated as every queued email is (lib/mail/outbox.ts), and written a thousand at a time.
      return outboxColumns({
        purpose: NEWS_EMAIL_PURPOSE,
        to: s.email,
        template: "campaign-news",
        priority: MailPriority.LOW,
        data: {
          locale,
          postLocale: version.locale as Locale,
          campaignId,
          campaignTitle: titleIn(locale),
          kind: version.kind,
          title: version.title,
          summary: version.summary,
          slug,
          signatureId: s.signatureId,
        },
      });
    });
    await tx.outboxEmail.createMany({ data: rows });
  }
  const { count } = await tx.newsPost.updateMany({ where: { campaignId, slug, emailedAt: null }, data: { emailedAt: now, emailedCount: subscribers.length } });
  if (count !== versions.length) throw new ActionRefusal("newsConsole.errors.alreadyEmailed");
  return { recipients: subscribers.length };
}
