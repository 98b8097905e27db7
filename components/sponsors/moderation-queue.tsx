import type { Translator } from "@/lib/i18n/translate";
import type { SponsorForModeration } from "@/lib/sponsors/queries";
import { MODERATION_NOTE_MAX } from "@/lib/sponsors/moderation-limits";
import { AWAITING_MODERATION_STATE, QUEUE_ORDER, statesAllowing, type SponsorStatus } from "@/lib/sponsors/states";
import styles from "./sponsors.module.css";

type Props = {
  sponsors: SponsorForModeration[];
  counts: Record<SponsorStatus, number>;
  action: (form: FormData) => Promise<void>;
  /** The one action path's routing fields (lib/organise/organiser-action.ts). */
  routing: { locale: string; campaignId: string };
  t: Translator;
  countryName: (code: string) => string;
  formatDate: (date: Date) => string;
};

const canApprove = new Set(statesAllowing("APPROVE"));
const canReject = new Set(statesAllowing("REJECT"));

// One form for the whole queue, so that it works without JavaScript: each row's buttons decide that
// row; the buttons above the list decide the ticked rows. The note goes with whichever button is pressed.
export function ModerationQueue({ sponsors, counts, action, routing, ...rest }: Props) {
  const { t } = rest;
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={routing.locale} />
      <input type="hidden" name="campaignId" value={routing.campaignId} />
      <div className={styles.queueTools}>
        <div className="field">
          <label htmlFor="moderation-note">{t("sponsorModeration.note")}</label>
          <span className="hint" id="moderation-note-hint">
            {t("sponsorModeration.noteHint")}
          </span>
          <textarea id="moderation-note" name="note" maxLength={MODERATION_NOTE_MAX} aria-describedby="moderation-note-hint" />
        </div>
        <fieldset className={styles.fieldset} style={{ marginBottom: 0 }}>
          <legend className="visually-hidden">{t("sponsorModeration.bulkLegend")}</legend>
          <div className={styles.buttonRow}>
            <button type="submit" name="decision" value="APPROVE:selected" className="button">
              {t("sponsorModeration.approveSelected")}
            </button>
            <button type="submit" name="decision" value="REJECT:selected" className="button button--quiet">
              {t("sponsorModeration.rejectSelected")}
            </button>
          </div>
        </fieldset>
      </div>

      {QUEUE_ORDER.map((status) => {
        const inState = sponsors.filter((s) => s.status === status);
        const heading = t("sponsorModeration.sectionHeading", { label: t(`sponsorModeration.status.${status}`), count: counts[status] });
        if (status === AWAITING_MODERATION_STATE) {
          return (
            <section key={status} aria-labelledby="queue-awaiting">
              <h2 id="queue-awaiting">{heading}</h2>
              {inState.length === 0 ? <p className="muted">{t("sponsorModeration.nothingAwaiting")}</p> : <EntryList sponsors={inState} {...rest} />}
            </section>
          );
        }
        if (counts[status] === 0) return null;
        // Decided and unconfirmed entries are folded away (a <details> works without JavaScript).
        return (
          <details key={status} className={styles.fold}>
            <summary>
              <h2>{heading}</h2>
            </summary>
            <EntryList sponsors={inState} {...rest} />
          </details>
        );
      })}
    </form>
  );
}

type EntryProps = Pick<Props, "t" | "countryName" | "formatDate"> & { sponsors: SponsorForModeration[] };

function EntryList({ sponsors, t, countryName, formatDate }: EntryProps) {
  return (
    <ul className={styles.queue}>
      {sponsors.map((s) => (
        <li key={s.id} className={`${styles.entry} ${styles[`entry--${s.status}`] ?? ""}`}>
          <div className={styles.entrySelect}>
            {canApprove.has(s.status) || canReject.has(s.status) ? (
              <input type="checkbox" name="sponsorId" value={s.id} aria-label={t("sponsorModeration.selectRow", { name: s.name })} />
            ) : null}
          </div>
          <div className={styles.entryBody}>
            <p className={styles.entryTitle}>
              {s.name}{" "}
              <span className={`${styles.status} ${styles[`status--${s.status}`] ?? ""}`}>{t(`sponsorModeration.status.${s.status}`)}</span>
            </p>
            <dl className={styles.facts}>
              <dt>{t("sponsorModeration.fields.kind")}</dt>
              <dd>
                {s.organisationKind ? t(`sponsors.kind.${s.organisationKind}`) : t("sponsorModeration.kindIndividual")}
                {s.role || s.organisation ? `: ${[s.role, s.organisation].filter(Boolean).join(", ")}` : ""}
              </dd>
              <dt>{t("sponsorModeration.fields.country")}</dt>
              <dd>{countryName(s.country)}</dd>
              {s.website ? (
                <>
                  <dt>{t("sponsors.form.website")}</dt>
                  <dd>
                    <a href={s.website} rel="nofollow noopener noreferrer">
                      {s.website}
                    </a>
                  </dd>
                </>
              ) : null}
              <dt>{t("sponsorModeration.fields.contact")}</dt>
              <dd>
                {s.email}
                {s.contactName ? ` (${t("sponsorModeration.contactPerson", { name: s.contactName })})` : ""}
                {s.organisationKind ? (
                  s.isDomainVerified ? (
                    <span className={styles.verified}>
                      <span aria-hidden="true">✓ </span>
                      {t("sponsorModeration.verified")}
                    </span>
                  ) : (
                    <span className={styles.unverified}> · {t("sponsorModeration.notVerified")}</span>
                  )
                ) : null}
              </dd>
              <dt>{t("sponsorModeration.fields.dates")}</dt>
              <dd>
                {t("sponsorModeration.submittedAt", { date: formatDate(s.confirmedAt ?? s.createdAt) })}
                {s.moderatedAt ? ` · ${t("sponsorModeration.moderatedAt", { date: formatDate(s.moderatedAt) })}` : ""}
                {s.moderationNote ? ` · “${s.moderationNote}”` : ""}
              </dd>
            </dl>
          </div>
          {canApprove.has(s.status) || canReject.has(s.status) ? (
            <div className={`${styles.entryActions} ${styles.buttonRow}`}>
              {canApprove.has(s.status) ? (
                <button type="submit" name="decision" value={`APPROVE:${s.id}`} className="button" aria-label={t("sponsorModeration.approveNamed", { name: s.name })}>
                  {t("sponsorModeration.approve")}
                </button>
              ) : null}
              {canReject.has(s.status) ? (
                <button
                  type="submit"
                  name="decision"
                  value={`REJECT:${s.id}`}
                  className="button button--quiet"
                  aria-label={t("sponsorModeration.rejectNamed", { name: s.name })}
                >
                  {t("sponsorModeration.reject")}
                </button>
              ) : null}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
