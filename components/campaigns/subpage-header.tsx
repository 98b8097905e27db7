import Link from "next/link";
import type { CampaignHeader } from "@/lib/campaigns/queries";
import type { Locale } from "@/lib/i18n/config";
import styles from "./subpage.module.css";

/** The top of a campaign's sub-page: the campaign's title as the way back to it (on paper, its title), the page's title and what it is for. */
export function SubpageHeader({ campaign, locale, title, intro }: { campaign: CampaignHeader; locale: Locale; title: string; intro: string }) {
  return (
    <header className={styles.header}>
      <p className={styles.back} lang={campaign.textLocale === locale ? undefined : campaign.textLocale}>
        <Link href={`/${locale}/campaigns/${campaign.slug}`}>
          <span aria-hidden="true" className="no-print">← </span>
          {campaign.title}
        </Link>
      </p>
      <h1>{title}</h1>
      <p className={styles.intro}>{intro}</p>
    </header>
  );
}
