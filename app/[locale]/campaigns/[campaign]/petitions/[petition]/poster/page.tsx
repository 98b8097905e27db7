import type { Metadata } from "next";
import Link from "next/link";
import QRCode from "qrcode";
import { MarkdownBlock } from "@/components/content/markdown-block";
import { PrintButton } from "@/components/petitions/print-button";
import styles from "@/components/petitions/poster.module.css";
import { langAttribute } from "@/lib/content/pick-translation";
import { env } from "@/lib/env";
import { getLocaleAndT } from "@/lib/i18n/server";
import { loadPublicPetition } from "@/lib/petitions/load-for-page";
import { absoluteUrl, neutralPetitionPath, petitionPath } from "@/lib/petitions/paths";
import { buildOnFirstRequest } from "@/lib/content/build-on-first-request";

// From the cache, rebuilt at most every 300 s (docs/decisions/010-public-pages-from-the-cache.md).
export const revalidate = 300;
export const dynamic = "force-static";
export const generateStaticParams = buildOnFirstRequest;

type Params = Promise<{ locale: string; campaign: string; petition: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t } = await getLocaleAndT(params);
  const { campaign, petition } = await params;
  const found = await loadPublicPetition(campaign, petition, locale);
  return { title: t("petition.poster.metaTitle", { title: found.text.title }), robots: { index: false } };
}

// An A4 poster to print for pickets: the QR code and the short address lead to the petition without a
// language in the path, so each passer-by's phone opens it in its own language.
export default async function PetitionPosterPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const { campaign, petition: slug } = await params;
  const petition = await loadPublicPetition(campaign, slug, locale);
  const address = { campaignSlug: petition.campaign.slug, petitionSlug: petition.slug };
  const appUrl = env().appUrl;
  const target = absoluteUrl(appUrl, neutralPetitionPath(address));
  const shortText = target.replace(/^https?:\/\//, "");
  const qr = await QRCode.toString(target, { type: "svg", errorCorrectionLevel: "M", margin: 0, color: { dark: "#000000", light: "#ffffff" } });
  const textLang = langAttribute(petition.text.locale, locale);

  return (
    <>
      <div className={`${styles.screenOnly} no-print`}>
        <p>{t("petition.poster.printHint")}</p>
        <PrintButton label={t("petition.poster.print")} />
        <Link href={petitionPath(locale, address)}>{t("petition.poster.backToPetition")}</Link>
      </div>
      <section className={styles.sheet} aria-labelledby="poster-title">
        <p className={styles.kicker} lang={langAttribute(petition.campaign.titleLocale, locale)}>
          {petition.campaign.title}
        </p>
        <h1 id="poster-title" className={styles.title} lang={textLang}>
          {petition.text.title}
        </h1>
        <p className={styles.addressee} lang={textLang}>
          {t("petition.addressedTo", { addressee: petition.text.addressee })}
        </p>
        {petition.demands.length > 0 ? (
          <ol className={styles.demands}>
            {petition.demands.map((d) => (
              <li key={d.position} lang={langAttribute(d.locale, locale)}>
                {d.text}
              </li>
            ))}
          </ol>
        ) : (
          <MarkdownBlock source={petition.text.body} lang={textLang} className={styles.body} />
        )}
        <div className={styles.qrBlock}>
          <div className={styles.qr} role="img" aria-label={target} dangerouslySetInnerHTML={{ __html: qr }} />
          <div>
            <p className={styles.scan}>{t("petition.poster.scan")}</p>
            <p className={styles.url}>
              <span className="visually-hidden">{t("petition.poster.orVisit")} </span>
              {shortText.split("/").map((part, i) => (
                <span key={i}>
                  {i > 0 ? "/" : ""}
                  {i > 0 ? <wbr /> : null}
                  {part}
                </span>
              ))}
            </p>
            <p className={styles.count}>{t("petition.poster.signatures", { count: petition.signatureCount })}</p>
          </div>
        </div>
      </section>
    </>
  );
}
