import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { confirmEventAction } from "@/lib/events/actions";
import { describeEventLink } from "@/lib/events/confirm";
import { getLocaleAndT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";

type Params = Promise<{ locale: string }>;
type SearchParams = Promise<{ token?: string | string[]; outcome?: string | string[]; campaign?: string | string[] }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("eventConfirm.title"), robots: { index: false }, referrer: "same-origin" };
}

const OUTCOMES: Record<string, { body: MessageKey; tone: "ok" | "error"; next: "list" | "form" }> = {
  "already-confirmed": { body: "eventConfirm.already", tone: "ok", next: "list" },
  expired: { body: "eventConfirm.expired", tone: "error", next: "form" },
  closed: { body: "eventConfirm.closed", tone: "error", next: "list" },
  invalid: { body: "eventConfirm.invalid", tone: "error", next: "form" },
};

// Opening the emailed link shows what would be confirmed and a button; only the button (a POST) confirms,
// and it leads to the host's private page.
export default async function ConfirmEventPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const query = await searchParams;
  const single = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  let outcome = OUTCOMES[single(query.outcome) ?? ""];
  let campaignSlug = single(query.campaign);
  if (!outcome) {
    const link = await describeEventLink(await getDb(), single(query.token), locale);
    if (link.state === "usable") {
      return (
        <div className="prose">
          <h1>{t("eventConfirm.title")}</h1>
          <p>{t("eventConfirm.intro", { title: link.title, campaign: link.campaignTitle })}</p>
          <form action={confirmEventAction}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="token" value={single(query.token)} />
            <button type="submit" className="button button--action">
              {t("eventConfirm.button")}
            </button>
          </form>
        </div>
      );
    }
    outcome = OUTCOMES[link.state]!;
    campaignSlug = "campaignSlug" in link ? link.campaignSlug : undefined;
  }
  const safeSlug = campaignSlug && /^[a-z0-9-]{1,80}$/.test(campaignSlug) ? campaignSlug : undefined;
  const base = safeSlug ? `/${locale}/campaigns/${safeSlug}/events` : null;
  return (
    <div className="prose">
      <h1>{t("eventConfirm.title")}</h1>
      <p className={`notice notice--${outcome.tone}`}>{t(outcome.body)}</p>
      {base ? (
        <p>
          <Link href={outcome.next === "form" ? `${base}/new` : base}>{t(outcome.next === "form" ? "eventConfirm.toForm" : "eventConfirm.toList")}</Link>
        </p>
      ) : null}
    </div>
  );
}
