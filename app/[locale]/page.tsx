import { getLocaleAndT } from "@/lib/i18n/server";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { t } = await getLocaleAndT(params);
  return <h1>{t("meta.tagline")}</h1>;
}
