import type { ModeratedSignature } from "@/lib/signatures/moderation-queries";
import { markNotSuspectAction } from "@/lib/signatures/moderation-actions";
import { HiddenFields } from "./hidden-fields";
import styles from "./moderation.module.css";

export type SignatureTableLabels = {
  caption: string;
  when: string;
  supporter: string;
  ip: string;
  petition: string;
  status: string;
  suspect: string;
  unknownIp: string;
  markNotSuspect: string;
  statusName: Record<string, string>;
  countryName: (code: string) => string;
  moment: (date: Date) => string;
  markNotSuspectLabel: (name: string) => string;
};

type Props = { rows: ModeratedSignature[]; context: Record<string, string>; labels: SignatureTableLabels };

/**
 * The matching signatures, newest first; a suspect one can be counted with one press. On a phone
 * each row becomes a small card (the column name written before each value).
 */
export function SignatureTable({ rows, context, labels }: Props) {
  return (
    <table className={`${styles.table} table-stack`}>
      <caption className="visually-hidden">{labels.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labels.when}</th>
          <th scope="col">{labels.supporter}</th>
          <th scope="col">{labels.ip}</th>
          <th scope="col">{labels.petition}</th>
          <th scope="col">{labels.status}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.id} className={s.status === "INVALIDATED" ? styles.invalidated : undefined}>
            <td data-label={labels.when} className={styles.nowrap}>
              {labels.moment(s.createdAt)}
            </td>
            <td data-label={labels.supporter}>
              <strong>{s.name}</strong>
              <span className={styles.email}>{s.email}</span>
              <span className={styles.place}>{[s.city, labels.countryName(s.country)].filter(Boolean).join(", ")}</span>
            </td>
            <td data-label={labels.ip} className={styles.ip}>
              {s.ipAddress ?? labels.unknownIp}
            </td>
            <td data-label={labels.petition}>{s.petitionTitle}</td>
            <td data-label={labels.status}>
              {labels.statusName[s.status] ?? s.status}
              {s.isSuspect ? (
                <>
                  {" "}
                  <span className={styles.suspect} title={s.suspectReason ?? undefined}>
                    {labels.suspect}
                  </span>
                  {s.status !== "INVALIDATED" ? (
                    <form action={markNotSuspectAction} className={styles.rowForm}>
                      <HiddenFields values={{ ...context, signatureId: s.id }} />
                      <button type="submit" className={styles.rowButton} aria-label={labels.markNotSuspectLabel(s.name)}>
                        {labels.markNotSuspect}
                      </button>
                    </form>
                  ) : null}
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
