import type { Metadata } from "next";
import { getLocaleAndT } from "@/lib/i18n/server";

type Params = Promise<{ locale: string }>;
type SearchParams = Promise<{ to?: string | string[] }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("letterComposer.checkTitle"), robots: { index: false } };
}

// After "Send through Placard": the address the link went to (from the action's redirect).
export default async function CheckEmailPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { t } = await getLocaleAndT(params);
  const to = (await searchParams).to;
  const email = typeof to === "string" ? to.slice(0, 254) : "";
  return (
    <div className="prose">
      <h1>{t("letterComposer.checkTitle")}</h1>
      <p className="notice notice--ok">{t("letterComposer.checkBody", { email })}</p>
    </div>
  );
}
