import type { Metadata } from "next";
import { firstParam, type SearchParams } from "@/lib/auth/search-params";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { getLocaleAndT } from "@/lib/i18n/server";
import { unsubscribeView } from "@/lib/news/unsubscribe";
import { unsubscribeApiPath } from "@/lib/news/unsubscribe-token";

// The page a news email's unsubscribe link opens (through /api/news/unsubscribe, which changes nothing on
// a GET). Its button posts to that endpoint; once done, the page says so. No sign-in: the link is the key.

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("newsUnsubscribe.metaTitle"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function NewsUnsubscribePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const token = (firstParam((await searchParams).token) ?? "").slice(0, 200);
  const view = token ? await unsubscribeView(await getDb(), token, env().authSecret, locale) : null;
  if (!view) {
    return (
      <>
        <h1>{t("newsUnsubscribe.title")}</h1>
        <p className="notice">{t("newsUnsubscribe.invalid")}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t("newsUnsubscribe.title")}</h1>
      {view.subscribed ? (
        <>
          <p>{t("newsUnsubscribe.intro", { campaign: view.campaignTitle })}</p>
          <form method="post" action={unsubscribeApiPath(locale, token)}>
            <button type="submit" className="button button--action">
              {t("newsUnsubscribe.button", { campaign: view.campaignTitle })}
            </button>
          </form>
        </>
      ) : (
        <p className="notice notice--ok" role="status">
          {t("newsUnsubscribe.done", { campaign: view.campaignTitle })}
        </p>
      )}
    </>
  );
}
