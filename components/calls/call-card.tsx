import type { Locale } from "@/lib/i18n/config";
import type { MessageKey, Translator } from "@/lib/i18n/translate";
import type { CallTarget } from "@/lib/targets/call-sheet";
import type { TargetCounts } from "@/lib/calls/counts";
import { CALL_OUTCOMES } from "@/lib/calls/report";
import { officeStatusView } from "@/lib/calls/office";
import { TargetContact } from "@/components/campaigns/target-contact";
import styles from "./calls.module.css";

type Props = {
  target: CallTarget;
  locale: Locale;
  t: Translator;
  now: Date;
  script: { text: string; lang?: string } | null;
  counts: TargetCounts;
  reason?: string;
  country: string | null;
  action: (formData: FormData) => Promise<void>;
  routing: { campaign: string; locale: string };
  /** Where this office's own filled-in script is shown, when it is not shown here (keeps the page light). */
  scriptHref?: string;
  /** The outcome of this target's last "I called" post, from the address. */
  notice: { kind: "thanks" | "error"; text: string } | null;
  /** One line (name, numbers, status, counts, a link to the whole card): every office but the one in view, so the page stays light. */
  compact?: boolean;
};

export function statusText(view: ReturnType<typeof officeStatusView>, t: Translator): string {
  if (view.kind === "unknown") return t("calls.hoursUnknown");
  if (view.kind === "open") {
    if (view.closesInMinutes !== null) return t("calls.openClosesInMinutes", { count: view.closesInMinutes });
    if (view.closesInHours !== null) return t("calls.openClosesInHours", { count: view.closesInHours });
    return t("calls.openNow");
  }
  if (view.opensInMinutes !== null) return t("calls.opensInMinutes", { count: view.opensInMinutes });
  if (view.opensInHours !== null) return t("calls.opensInHours", { count: view.opensInHours });
  if (view.opensWeekday !== null) return t("calls.opensOn", { weekday: t(`calls.weekday.${view.opensWeekday}` as MessageKey) });
  return t("calls.closed");
}

/** One target to phone: the script filled in for it, its numbers, its hours and status, "I called", counts. */
export function CallCard({ target, locale, t, now, script, counts, reason, country, action, routing, scriptHref, notice, compact }: Props) {
  const view = officeStatusView(target.officeHours, target.timeZone, now);
  const nextOpening = view.kind === "closed" ? view.opensAt : null;
  if (compact) {
    // One list item: the name (to the whole card), the numbers, whether it is open.
    return (
      <li>
        <a href={scriptHref}>{target.name}</a>{" "}
        {target.phones.flatMap((phone, i) => [
          ...(i > 0 ? [", "] : []),
          <a key={phone} href={`tel:${phone.replace(/[^\d+]/g, "")}`}>
            {phone}
          </a>,
        ])}{" "}
        · {statusText(view, t)}
      </li>
    );
  }
  return (
    <article id={`target-${target.id}`} className={styles.card} aria-label={target.name}>
      {reason ? <p className={styles.reason}>{reason}</p> : null}
      <TargetContact target={target} locale={locale} t={t} variant="call" />
      <p className={styles.hours}>
        <strong data-testid="office-status" className={view.kind === "open" ? styles.open : styles.closed}>
          {statusText(view, t)}
        </strong>
        {target.officeHours && target.timeZone ? (
          <>
            <br />
            {t("calls.hoursLabel")}: {t("calls.hoursZone", { hours: target.officeHours, zone: target.timeZone })}
          </>
        ) : null}
        {nextOpening ? (
          <span data-local-time={nextOpening.toISOString()} data-label={t("calls.yourTime", { time: "{time}" })} hidden />
        ) : null}
      </p>
      {script ? (
        <div className={styles.script}>
          <p>
            <strong>{t("calls.scriptFor")}</strong>
          </p>
          <p lang={script.lang}>{script.text}</p>
        </div>
      ) : scriptHref ? (
        <p>
          <a href={scriptHref}>{t("calls.scriptFor")}</a>
        </p>
      ) : null}
      <p className={styles.counts} data-testid="call-counts" data-calls={counts.callsTotal} data-letters={counts.lettersSent}>
        {t("calls.counts", {
          calls: counts.callsTotal,
          answered: counts.calls.ANSWERED,
          voicemail: counts.calls.VOICEMAIL,
          noAnswer: counts.calls.NO_ANSWER,
          refused: counts.calls.REFUSED,
          letters: counts.lettersSent,
        })}
      </p>
      <form action={action} className={styles.form}>
        <input type="hidden" name="campaign" value={routing.campaign} />
        <input type="hidden" name="locale" value={routing.locale} />
        <input type="hidden" name="targetId" value={target.id} />
        {country ? <input type="hidden" name="country" value={country} /> : null}
        <fieldset>
          <legend>{t("calls.calledTitle")}: {t("calls.outcomeLabel")}</legend>
          {CALL_OUTCOMES.map((outcome) => (
            <label key={outcome}>
              <input type="radio" name="outcome" value={outcome} required /> {t(`calls.outcome.${outcome}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button">{t("calls.submit")}</button>
        {notice ? (
          <p role={notice.kind === "error" ? "alert" : "status"} className={notice.kind === "error" ? styles.error : styles.thanks}>
            {notice.text}
          </p>
        ) : null}
      </form>
    </article>
  );
}
