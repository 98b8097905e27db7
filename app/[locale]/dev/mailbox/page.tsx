import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { getDb } from "@/lib/db";
import { getLocaleAndT } from "@/lib/i18n/server";
import { listMailboxEmails } from "@/lib/mail/dev-mailbox";
import { isFromThisMachine } from "@/lib/mail/dev-mailbox-access";
import { LinkedText } from "@/components/mail/linked-text";
import styles from "./mailbox.module.css";

// The development mailbox: with no SMTP_URL (a laptop), the outbox rows are the mail, and this page
// lists them with their links clickable. It does not exist when SMTP is configured or in production, and
// answers only a browser on this machine (lib/mail/dev-mailbox-access.ts): to anyone else it is a 404.

export const dynamic = "force-dynamic";

const SHOWN = 50;

function isAvailable(): boolean {
  const config = env();
  return config.smtp === null && !config.isProduction;
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ to?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("devMailbox.title"), robots: { index: false, follow: false } };
}

export default async function DevMailboxPage({ params, searchParams }: Props) {
  if (!isAvailable() || !isFromThisMachine(await headers())) notFound();
  const { locale, t } = await getLocaleAndT(params);
  const rawTo = (await searchParams).to;
  const to = (Array.isArray(rawTo) ? rawTo[0] : rawTo)?.trim().slice(0, 254) || undefined;
  const { emails, total } = await listMailboxEmails(await getDb(), { take: SHOWN, to });
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium" });
  const here = `/${locale}/dev/mailbox`;

  return (
    <div className={styles.mailbox}>
      <h1>{t("devMailbox.title")}</h1>
      <p className="prose muted">{t("devMailbox.intro")}</p>
      <form method="get" action={here} className={styles.filter}>
        <div className="field">
          <label htmlFor="mailbox-to">{t("devMailbox.filterLabel")}</label>
          <input id="mailbox-to" name="to" type="email" defaultValue={to ?? ""} autoComplete="off" />
        </div>
        <button type="submit" className="button">
          {t("devMailbox.filterSubmit")}
        </button>
        {to ? <a href={here}>{t("devMailbox.showAll")}</a> : null}
        <a href={to ? `${here}?to=${encodeURIComponent(to)}` : here}>{t("devMailbox.refresh")}</a>
      </form>
      <p aria-live="polite">
        <strong>{t("devMailbox.count", { count: total })}</strong> {total > emails.length ? t("devMailbox.showingLatest", { shown: emails.length }) : null}
      </p>
      {total === 0 ? <p className="muted">{t("devMailbox.empty")}</p> : null}
      <ol className={styles.list}>
        {emails.map((email) => (
          <li key={email.id}>
            <article className={`card ${styles.email}`} aria-labelledby={`mail-${email.id}`}>
              <h2 id={`mail-${email.id}`} className={styles.subject}>
                {email.subject}
              </h2>
              <dl className={styles.meta}>
                <dt>{t("devMailbox.to")}</dt>
                <dd>{email.to}</dd>
                <dt>{t("devMailbox.queuedAt")}</dt>
                <dd>
                  <time dateTime={email.createdAt.toISOString()}>{time.format(email.createdAt)}</time>
                </dd>
                <dt>{t("devMailbox.purpose")}</dt>
                <dd>{email.purpose}</dd>
                <dt>{t("devMailbox.statusLabel")}</dt>
                <dd>
                  <span className={`${styles.status} ${styles[`status${email.status}`] ?? ""}`}>{t(`devMailbox.status.${email.status}`)}</span>
                </dd>
                {email.lastError ? (
                  <>
                    <dt>{t("devMailbox.lastError")}</dt>
                    <dd>{email.lastError}</dd>
                  </>
                ) : null}
              </dl>
              <h3 className="visually-hidden">{t("devMailbox.body")}</h3>
              <div className={styles.body}>
                <LinkedText text={email.text} />
              </div>
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
