import Link from "next/link";
import styles from "@/components/moderation/moderation.module.css";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { hasControlCharacter } from "@/lib/forms/plain-text";
import { getLocaleAndT } from "@/lib/i18n/server";
import { countAwaitingModeration } from "@/lib/moderation/queue";

// The campaign's console navigation: the moderation queue with the number of items waiting, for those
// who may moderate this campaign (the count's query holds the capability in its where: anyone else gets
// null and sees nothing). Each page below still calls its own guard.
export default async function CampaignConsoleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string; campaign: string }> }) {
  const { locale, t } = await getLocaleAndT(params);
  const { campaign: slug } = await params;
  const user = await getCurrentUser();
  // A forged address (a control character in the slug) is the page's to refuse; it never reaches the query.
  const waiting = user && !hasControlCharacter(slug) ? await countAwaitingModeration(await getDb(), user, { slug }) : null;
  return (
    <>
      {waiting !== null ? (
        <nav aria-label={t("moderationQueue.navLabel")} className={styles.consoleNav}>
          <Link href={`/${locale}/organise/campaigns/${encodeURIComponent(slug)}/moderation`}>{t("moderationQueue.navLink", { count: waiting })}</Link>
        </nav>
      ) : null}
      {children}
    </>
  );
}
