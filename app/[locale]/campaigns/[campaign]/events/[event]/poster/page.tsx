import type { Metadata } from "next";
import Link from "next/link";
import QRCode from "qrcode";
import { EventWhen, eventPlace } from "@/components/events/event-parts";
import styles from "@/components/events/event-poster.module.css";
import { PrintButton } from "@/components/petitions/print-button";
import { buildOnFirstRequest } from "@/lib/content/build-on-first-request";
import { env } from "@/lib/env";
import { eventPagePath } from "@/lib/events/calendar-paths";
import { loadPublicEvent } from "@/lib/events/load-for-page";
import { CANCELLED_EVENT } from "@/lib/events/states";
import { getLocaleAndT } from "@/lib/i18n/server";

// From the cache, rebuilt at most every 300 s, and at once when the event changes (docs/decisions/010).
export const revalidate = 300;
export const dynamic = "force-static";
export const generateStaticParams = buildOnFirstRequest;

type Params = Promise<{ locale: string; campaign: string; event: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t } = await getLocaleAndT(params);
  const { campaign, event } = await params;
  const found = await loadPublicEvent(campaign, event, locale);
  return { title: t("eventPoster.metaTitle", { title: found.event.title }), robots: { index: false } };
}

// An A4 poster for a notice board, a shop window or a union office: the QR code (an image of our own
// origin, drawn here as an SVG data address) leads to the event's page, in the language it was printed in.
export default async function EventPosterPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const { campaign: slug, event: id } = await params;
  const { campaign, event } = await loadPublicEvent(slug, id, locale);
  const pagePath = eventPagePath(locale, campaign.slug, event.id);
  const target = `${env().appUrl}${pagePath}`;
  const svg = await QRCode.toString(target, { type: "svg", errorCorrectionLevel: "M", margin: 0, color: { dark: "#000000", light: "#ffffff" } });
  const qrSrc = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  const shortText = target.replace(/^https?:\/\//, "");

  return (
    <>
      <div className={`${styles.screenOnly} no-print`}>
        <p>{t("eventPoster.printHint")}</p>
        <PrintButton label={t("eventPoster.print")} />
        <Link href={pagePath}>{t("eventPoster.backToEvent")}</Link>
      </div>
      <section className={styles.sheet} aria-labelledby="poster-title">
        <p className={styles.campaign}>{campaign.title}</p>
        {event.status === CANCELLED_EVENT ? <p className={styles.cancelled}>{t("eventPoster.cancelled")}</p> : null}
        <p className={styles.kind}>{t(`actions.events.kind.${event.kind}`)}</p>
        <h1 id="poster-title" className={styles.title}>
          {event.title}
        </h1>
        <dl className={styles.facts}>
          <dt>{t("actions.events.when")}</dt>
          <dd>
            <EventWhen event={event} locale={locale} t={t} />
          </dd>
          <dt>{t("actions.events.where")}</dt>
          <dd>{eventPlace(event, locale, { withStreet: true })}</dd>
        </dl>
        {event.organisationName ? (
          <p className={styles.organisation}>
            {t("actions.events.organisedBy")}: {event.organisationName}
          </p>
        ) : null}
        <div className={styles.qrBlock}>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data address drawn on the server; nothing to optimise */}
          <img className={styles.qr} src={qrSrc} alt={target} width={240} height={240} />
          <div>
            <p className={styles.scan}>{t("eventPoster.scan")}</p>
            <p className={styles.url}>
              <span className="visually-hidden">{t("eventPoster.orVisit")} </span>
              {shortText}
            </p>
          </div>
        </div>
      </section>
    </>
  );
}
