import type { AllowlistedAddress } from "@/lib/signatures/allowlist";
import { removeAllowlistAction } from "@/lib/signatures/moderation-actions";
import type { Translator } from "@/lib/i18n/translate";
import { formatDay } from "@/components/organise-petitions/format";
import { AllowlistForm } from "./allowlist-form";
import { HiddenFields } from "./hidden-fields";
import styles from "./moderation.module.css";

type Props = { addresses: AllowlistedAddress[]; context: Record<string, string>; locale: string; t: Translator };

/** The shared addresses, each with a remove button (a plain form), and the form to add one. */
export function AllowlistSection({ addresses, context, locale, t }: Props) {
  return (
    <section className={styles.section} id="allowlist" aria-labelledby="allowlist-heading">
      <h2 id="allowlist-heading">{t("moderation.allowlist.heading")}</h2>
      <p className="prose">{t("moderation.allowlist.intro")}</p>
      {addresses.length === 0 ? (
        <p className="muted">{t("moderation.allowlist.empty")}</p>
      ) : (
        <table className={`${styles.table} table-stack ${styles.allowTable}`}>
          <thead>
            <tr>
              <th scope="col">{t("moderation.allowlist.columnAddress")}</th>
              <th scope="col">{t("moderation.allowlist.columnNote")}</th>
              <th scope="col">{t("moderation.allowlist.columnAdded")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("moderation.allowlist.remove")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {addresses.map((a) => (
              <tr key={a.id}>
                <td data-label={t("moderation.allowlist.columnAddress")} className={styles.ip}>
                  {a.address}
                </td>
                <td data-label={t("moderation.allowlist.columnNote")}>{a.note ?? ""}</td>
                <td data-label={t("moderation.allowlist.columnAdded")} className={styles.nowrap}>
                  {formatDay(locale, a.createdAt)}
                </td>
                <td>
                  <form action={removeAllowlistAction}>
                    <HiddenFields values={{ ...context, id: a.id }} />
                    <button type="submit" className={styles.rowButton} aria-label={t("moderation.allowlist.removeLabel", { address: a.address })}>
                      {t("moderation.allowlist.remove")}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t("moderation.allowlist.add")}</h3>
      <AllowlistForm
        context={context}
        labels={{
          address: t("moderation.allowlist.address"),
          note: t("moderation.allowlist.note"),
          noteHint: t("moderation.allowlist.noteHint"),
          add: t("moderation.allowlist.add"),
        }}
      />
    </section>
  );
}
