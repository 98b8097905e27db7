import Link from "next/link";
import type { CampaignCard as CampaignCardData } from "@/lib/campaigns/queries";
import { formatDate } from "@/lib/content/format";
import { langAttribute } from "@/lib/content/pick-translation";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import styles from "./campaign-card.module.css";

export function CampaignCard({ campaign, locale, t }: { campaign: CampaignCardData; locale: Locale; t: Translator }) {
  const href = `/${locale}/campaigns/${campaign.slug}`;
  return (
    <article className={`card ${styles.card}`} lang={langAttribute(campaign.textLocale, locale)}>
      <h3 className={styles.title}>
        <Link href={href}>{campaign.title}</Link>
      </h3>
      {campaign.appealDate ? (
        <p className={styles.meta} lang={locale}>
          {t("home.appealOf", { date: formatDate(campaign.appealDate, locale) })}
        </p>
      ) : null}
      <p>{campaign.summary}</p>
      <p className={styles.footer} lang={locale}>
        {campaign.openPetitionCount > 0 ? <span className={styles.count}>{t("home.signatures", { count: campaign.signatureCount })}</span> : null}
        <Link href={href} className="button button--action">
          {t("home.readAppeal")}
        </Link>
      </p>
    </article>
  );
}
