import type { Metadata } from "next";
import Link from "next/link";
import { MarkdownBlock } from "@/components/content/markdown-block";
import { NotTranslated } from "@/components/content/not-translated";
import { PetitionCount } from "@/components/petitions/petition-count";
import { PetitionStatusNotes } from "@/components/petitions/petition-status-notes";
import { RecentSigners } from "@/components/petitions/recent-signers";
import { ShareLinks } from "@/components/petitions/share-links";
import styles from "@/components/petitions/petition.module.css";
import { SignForm } from "@/components/signatures/sign-form";
import { signFormLabels } from "@/components/signatures/sign-form-labels";
import { langAttribute } from "@/lib/content/pick-translation";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { locales } from "@/lib/i18n/config";
import { getLocaleAndT } from "@/lib/i18n/server";
import { loadPublicPetition } from "@/lib/petitions/load-for-page";
import { absoluteUrl, petitionPath, signEndpointPath } from "@/lib/petitions/paths";
import { canSign } from "@/lib/petitions/states";
import { currentConsentText } from "@/lib/signatures/consent";
import { packedSignatureCountries } from "@/lib/signatures/country-options";
import { listRecentSigners } from "@/lib/signatures/recent-signers";
import { buildOnFirstRequest } from "@/lib/content/build-on-first-request";

// From the cache, rebuilt at most every 5 s (docs/decisions/010-public-pages-from-the-cache.md).
export const revalidate = 5;
export const dynamic = "force-static";
export const generateStaticParams = buildOnFirstRequest;

type Params = Promise<{ locale: string; campaign: string; petition: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t } = await getLocaleAndT(params);
  const { campaign, petition: slug } = await params;
  const petition = await loadPublicPetition(campaign, slug, locale);
  const address = { campaignSlug: petition.campaign.slug, petitionSlug: petition.slug };
  const appUrl = env().appUrl;
  const url = absoluteUrl(appUrl, petitionPath(locale, address));
  const description = `${t("petition.addressedTo", { addressee: petition.text.addressee })}. ${t("petition.count", { count: petition.signatureCount })}.`;
  return {
    title: petition.text.title,
    description,
    alternates: { canonical: url, languages: Object.fromEntries(locales.map((l) => [l, absoluteUrl(appUrl, petitionPath(l, address))])) },
    openGraph: { type: "article", url, siteName: t("meta.siteName"), title: petition.text.title, description, locale: petition.text.locale },
    twitter: { card: "summary", title: petition.text.title, description },
  };
}

export default async function PetitionPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  const { campaign, petition: slug } = await params;
  const db = await getDb();
  const petition = await loadPublicPetition(campaign, slug, locale);
  const isOpen = canSign(petition, new Date());
  const [signers, consent] = await Promise.all([listRecentSigners(db, petition.id), isOpen ? currentConsentText(db, locale) : null]);
  const address = { campaignSlug: petition.campaign.slug, petitionSlug: petition.slug };
  const textLang = langAttribute(petition.text.locale, locale);
  const url = absoluteUrl(env().appUrl, petitionPath(locale, address));
  // The body drafted from the demands already lists them; show the list apart only when it does not.
  const bodyListsDemands = petition.demands.every((d) => petition.text.body.includes(d.text));

  return (
    <article className={styles.petition}>
      <p className={`${styles.back} no-print`}>
        <Link href={`/${locale}/campaigns/${petition.campaign.slug}`} lang={langAttribute(petition.campaign.titleLocale, locale)}>
          <span aria-hidden="true">← </span>
          {t("petition.campaignLink", { campaign: petition.campaign.title })}
        </Link>
      </p>
      <header className={styles.header}>
        <h1 lang={textLang}>{petition.text.title}</h1>
        <p className={styles.addressee} lang={textLang}>
          {t("petition.addressedTo", { addressee: petition.text.addressee })}
        </p>
        <NotTranslated textLocale={petition.text.locale} locale={locale} t={t} />
      </header>

      <div className={styles.layout}>
        <div className={styles.intro}>
          <PetitionCount count={petition.signatureCount} goal={petition.goal} locale={locale} t={t} />
          <PetitionStatusNotes petition={petition} isOpen={isOpen} locale={locale} t={t} />
          <MarkdownBlock source={petition.text.body} lang={textLang} className={styles.body} />
          {!bodyListsDemands && petition.demands.length > 0 ? (
            <section className={styles.section} aria-labelledby="demands-heading">
              <h2 id="demands-heading">{t("petition.demandsHeading")}</h2>
              <ol className={styles.demands}>
                {petition.demands.map((d) => (
                  <li key={d.position} lang={langAttribute(d.locale, locale)}>
                    {d.text}
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
          {petition.targets.length > 0 ? (
            <section className={styles.section} aria-labelledby="targets-heading">
              <h2 id="targets-heading">{t("petition.targetsHeading")}</h2>
              <ul className={styles.targets}>
                {petition.targets.map((target) => (
                  <li key={target.name}>{target.name}</li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>

        {isOpen && consent ? (
          <section className={`${styles.signBox} no-print`} aria-labelledby="sign-heading" id="sign">
            <h2 id="sign-heading">{t("petition.signHeading")}</h2>
            <SignForm
              action={signEndpointPath(locale, address)}
              locale={locale}
              consent={{ id: consent.id, text: consent.text }}
              countries={packedSignatureCountries(locale)}
              labels={signFormLabels(t)}
            />
          </section>
        ) : null}

        <div className={styles.rest}>
          <section className={styles.section} aria-labelledby="recent-heading">
            <h2 id="recent-heading">{t("petition.recentHeading")}</h2>
            <RecentSigners signers={signers} locale={locale} t={t} />
          </section>
          <ShareLinks url={url} title={petition.text.title} t={t} />
          <p className="no-print">
            <Link href={petitionPath(locale, address, "poster")}>{t("petition.posterLink")}</Link>
          </p>
        </div>
      </div>
    </article>
  );
}
