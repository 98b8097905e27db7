import type { Metadata } from "next";
import { locales } from "@/lib/i18n/config";
import { getLocaleAndT } from "@/lib/i18n/server";

// What Placard is and what happens to a supporter's data. No database: built for every language at
// build time, a truly static page (npm run bench also uses it as the static page beside the petition page).
export const dynamic = "force-static";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("about.title"), description: t("about.intro") };
}

export default async function AboutPage({ params }: { params: Params }) {
  const { locale, t } = await getLocaleAndT(params);
  return (
    <article className="prose">
      <h1>{t("about.title")}</h1>
      <p>{t("about.intro")}</p>
      <h2>{t("about.dataTitle")}</h2>
      <ul>
        <li>{t("about.data.confirm")}</li>
        <li>{t("about.data.public")}</li>
        <li>{t("about.data.never")}</li>
        <li>{t("about.data.delivery")}</li>
        <li>{t("about.data.addresses")}</li>
        <li>{t("about.data.selfService")}</li>
        <li>{t("about.data.deleted")}</li>
      </ul>
      <p>
        <a href={`/${locale}/my-data`}>{t("about.myDataLink")}</a>
      </p>
      <h2>{t("about.lightTitle")}</h2>
      <p>{t("about.light")}</p>
      <h2>{t("about.softwareTitle")}</h2>
      <p>{t("about.software")}</p>
    </article>
  );
}
