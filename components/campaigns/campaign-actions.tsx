import Link from "next/link";
import type { CampaignPage } from "@/lib/campaigns/queries";
import { formatNumber } from "@/lib/content/format";
import { langAttribute } from "@/lib/content/pick-translation";
import { safeHttpUrl } from "@/lib/content/safe-url";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import styles from "./campaign-actions.module.css";

// Every action the appeal asks for, one click away: each card says what it is and links where it is done.

type Props = { campaign: CampaignPage; locale: Locale; t: Translator };

export function CampaignActions({ campaign, locale, t }: Props) {
  const base = `/${locale}/campaigns/${campaign.slug}`;
  const donateHref = safeHttpUrl(campaign.donateUrl);
  const hasKind = (kind: "PROTEST" | "SOLIDARITY") => campaign.templates.some((tpl) => tpl.kind === kind);
  return (
    <ul className={styles.actions}>
      {campaign.petitions.map((petition) => (
        <li key={petition.slug} className={`${styles.action} ${styles.primary}`}>
          <h3>{t("actions.sign.title")}</h3>
          <p id={`petition-${petition.slug}`} className={styles.petitionTitle} lang={langAttribute(petition.titleLocale, locale)}>
            {petition.title}
          </p>
          <SignatureProgress count={petition.signatureCount} goal={petition.goal} locale={locale} t={t} />
          <p className={styles.links}>
            <Link className="button button--action" href={`${base}/petitions/${petition.slug}`} aria-describedby={`petition-${petition.slug}`}>
              {t("actions.sign.button")}
            </Link>
          </p>
        </li>
      ))}
      <li className={styles.action}>
        <h3>{t("actions.sponsor.title")}</h3>
        <p>{t("actions.sponsor.body")}</p>
        <p className={styles.links}>
          <Link className="button" href={`${base}/sponsors/new`}>
            {t("actions.sponsor.button")}
          </Link>
          <Link href={`${base}/sponsors`}>{t("actions.sponsor.list", { count: campaign.approvedSponsorCount })}</Link>
        </p>
      </li>
      {hasKind("PROTEST") ? (
        <ActionCard title={t("actions.protest.title")} body={t("actions.protest.body")} href={`${base}/letters`} link={t("actions.protest.link")} />
      ) : null}
      {hasKind("SOLIDARITY") ? (
        <ActionCard title={t("actions.solidarity.title")} body={t("actions.solidarity.body")} href={`${base}/letters#solidarity`} link={t("actions.solidarity.link")} more={{ href: `${base}/wall`, link: t("letterWall.wall.cardLink") }} />
      ) : null}
      {campaign.hasCallScript || campaign.hasPhoneTargets ? (
        <ActionCard
          title={t("actions.call.title")}
          body={t("actions.call.body")}
          href={`${base}/call`}
          link={t("actions.call.link")}
          note={t("calls.totals", { calls: campaign.callTotals.calls, letters: campaign.callTotals.lettersSent })}
        />
      ) : null}
      <li className={styles.action}>
        <h3>{t("actions.picket.title")}</h3>
        <p>{t("actions.picket.body")}</p>
        <p className={styles.links}>
          <Link href={`${base}/events`}>{t("actions.picket.link")}</Link>
          <span className="muted">({t("actions.picket.counts", { upcoming: campaign.events.upcoming, past: campaign.events.past })})</span>
        </p>
      </li>
      <li className={styles.action}>
        <h3>{t("actions.boycott.title")}</h3>
        <p>{t("actions.boycott.body")}</p>
      </li>
      {donateHref ? (
        <li className={styles.action}>
          <h3>{t("actions.donate.title")}</h3>
          <p>{t("actions.donate.body")}</p>
          <p className={styles.links}>
            <a href={donateHref} rel="noopener external">
              {t("actions.donate.link")}
            </a>
          </p>
        </li>
      ) : null}
    </ul>
  );
}

function ActionCard({ title, body, href, link, more, note }: { title: string; body: string; href: string; link: string; more?: { href: string; link: string }; note?: string }) {
  return (
    <li className={styles.action}>
      <h3>{title}</h3>
      <p>{body}</p>
      <p className={styles.links}>
        <Link href={href}>{link}</Link>
        {note ? <span className="muted"> ({note})</span> : null}
        {more ? <Link href={more.href}>{more.link}</Link> : null}
      </p>
    </li>
  );
}

export function SignatureProgress({ count, goal, locale, t }: { count: number; goal: number | null; locale: Locale; t: Translator }) {
  const share = goal && goal > 0 ? Math.min(100, Math.round((count / goal) * 100)) : null;
  return (
    <>
      <p className={styles.progressText}>
        <strong>{t("actions.sign.progress", { count })}</strong>
        {goal ? ` ${t("actions.sign.goal", { goal: formatNumber(goal, locale) })}` : null}
      </p>
      {share !== null ? (
        <div className={styles.bar} aria-hidden="true">
          <span style={{ width: `${Math.max(share, 1)}%` }} />
        </div>
      ) : null}
    </>
  );
}
