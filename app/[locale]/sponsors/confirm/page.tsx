import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { getLocaleAndT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { confirmSponsorAction } from "@/lib/sponsors/actions";
import { describeSponsorLink } from "@/lib/sponsors/confirm";

type Params = Promise<{ locale: string }>;
type SearchParams = Promise<{ token?: string | string[]; outcome?: string | string[]; campaign?: string | string[] }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("sponsors.confirm.title"), robots: { index: false }, referrer: "strict-origin" };
}

const OUTCOMES: Record<string, { title: MessageKey; body: MessageKey; tone: "ok" | "error"; next: "list" | "form" }> = {
  confirmed: { title: "sponsors.confirm.doneTitle", body: "sponsors.confirm.doneBody", tone: "ok", next: "list" },
  "already-confirmed": { title: "sponsors.confirm.alreadyTitle", body: "sponsors.confirm.alreadyBody", tone: "ok", next: "list" },
  expired: { title: "sponsors.confirm.expiredTitle", body: "sponsors.confirm.expiredBody", tone: "error", next: "form" },
  closed: { title: "sponsors.confirm.closedTitle", body: "sponsors.confirm.closedBody", tone: "error", next: "list" },
  invalid: { title: "sponsors.confirm.invalidTitle", body: "sponsors.confirm.invalidBody", tone: "error", next: "form" },
};

// Opening the emailed link shows what would be confirmed and a button; only the button (a POST) confirms.
export default async function ConfirmSponsorPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const query = await searchParams;
  const single = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  const outcomeName = single(query.outcome);
  let campaignSlug = single(query.campaign);
  let outcome = outcomeName ? OUTCOMES[outcomeName] : undefined;

  if (!outcome) {
    const link = await describeSponsorLink(await getDb(), single(query.token), locale);
    if (link.state === "usable") {
      return (
        <div className="prose">
          <h1>{t("sponsors.confirm.title")}</h1>
          <p>{t("sponsors.confirm.intro", { name: link.name, campaign: link.campaignTitle })}</p>
          <form action={confirmSponsorAction}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="token" value={single(query.token)} />
            <button type="submit" className="button button--action">
              {t("sponsors.confirm.button")}
            </button>
          </form>
        </div>
      );
    }
    outcome = OUTCOMES[link.state];
    campaignSlug = "campaignSlug" in link ? link.campaignSlug : undefined;
  }

  const safeSlug = campaignSlug && /^[a-z0-9-]{1,80}$/.test(campaignSlug) ? campaignSlug : undefined;
  const base = safeSlug ? `/${locale}/campaigns/${safeSlug}/sponsors` : null;
  return (
    <div className="prose">
      <h1>{t(outcome!.title)}</h1>
      <p className={`notice notice--${outcome!.tone}`}>{t(outcome!.body)}</p>
      {base ? (
        <p>
          {outcome!.next === "form" ? (
            <Link href={`${base}/new`}>{t("sponsors.confirm.toForm")}</Link>
          ) : (
            <Link href={base}>{t("sponsors.confirm.toList")}</Link>
          )}
        </p>
      ) : null}
    </div>
  );
}
