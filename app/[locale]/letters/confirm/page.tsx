import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { getLocaleAndT } from "@/lib/i18n/server";
import { inspectLetterLink } from "@/lib/letters/confirm-letter";
import { confirmLetterAction } from "@/lib/letters/send-actions";

type Params = Promise<{ locale: string }>;
type SearchParams = Promise<{ token?: string | string[]; done?: string | string[] }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("letterComposer.confirmTitle"), robots: { index: false }, referrer: "strict-origin" };
}

// Opening the emailed link shows what would be sent and a button; only the button (a POST) confirms, so a
// mail scanner that opens links sends nothing. After it, the same page says what was queued to whom.
export default async function ConfirmLetterPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const query = await searchParams;
  const token = typeof query.token === "string" ? query.token : undefined;
  const link = await inspectLetterLink(await getDb(), token, { locale });
  if (link.kind === "ready") {
    return (
      <div className="prose">
        <h1>{t("letterComposer.confirmTitle")}</h1>
        <p>{t("letterComposer.confirmBody", { title: link.campaignTitle, targets: link.targetNames.join(", ") })}</p>
        <form action={confirmLetterAction} method="post">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="button button--action">{t("letterComposer.confirmButton")}</button>
        </form>
      </div>
    );
  }
  if (link.kind === "already") {
    const done = query.done === "1";
    const toTargets = link.deliveries.filter((d) => d.kind === "TARGET");
    const copy = link.deliveries.find((d) => d.kind === "SENDER_COPY");
    const skipped = link.targetNames.filter((n) => !toTargets.some((d) => d.name === n));
    return (
      <div className="prose">
        <h1>{t(done ? "letterComposer.confirmedTitle" : "letterComposer.alreadyTitle")}</h1>
        {done ? null : <p className="notice notice--ok">{t("letterComposer.alreadyBody", { title: link.campaignTitle })}</p>}
        {toTargets.length ? (
          <>
            <p>{t("letterComposer.confirmedBody")}</p>
            <ul>
              {toTargets.map((d) => (
                <li key={d.recipient}>{d.name} ({d.recipient})</li>
              ))}
            </ul>
          </>
        ) : null}
        {skipped.length ? <p>{t("letterComposer.confirmedSkipped", { names: skipped.join(", ") })}</p> : null}
        {copy ? <p>{t("letterComposer.confirmedCopy", { email: copy.recipient })}</p> : null}
      </div>
    );
  }
  const expired = link.kind === "expired";
  return (
    <div className="prose">
      <h1>{t(expired ? "letterComposer.expiredTitle" : "letterComposer.invalidTitle")}</h1>
      <p className="notice notice--error">{t(expired ? "letterComposer.expiredBody" : "letterComposer.invalidBody")}</p>
    </div>
  );
}
