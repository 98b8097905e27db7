import Link from "next/link";
import type { CampaignHeader } from "@/lib/campaigns/queries";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import styles from "./subpage.module.css";

/** The top of a campaign's sub-page: the way back to the campaign, the page's title and what it is for. */
export function SubpageHeader({ campaign, locale, t, title, intro }: { campaign: CampaignHeader; locale: Locale; t: Translator; title: string; intro: string }) {
  return (
    <header className={styles.header}>
      <p className={`${styles.back} no-print`}>
        <Link href={`/${locale}/campaigns/${campaign.slug}`}>
          <span aria-hidden="true">← </span>
          {t("campaign.backToCampaign", { title: campaign.title })}
        </Link>
      </p>
      <p className={styles.campaignTitle} lang={campaign.textLocale === locale ? undefined : campaign.textLocale}>
        {campaign.title}
      </p>
      <h1>{title}</h1>
      <p className={styles.intro}>{intro}</p>
    </header>
  );
}
