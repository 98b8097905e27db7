import { formatDate } from "@/lib/content/format";
import type { Translator } from "@/lib/i18n/translate";
import type { PublicPetition } from "@/lib/petitions/public-page";

/** The deadline while open; a closed note after; and each recorded delivery. */
export function PetitionStatusNotes({ petition, isOpen, locale, t }: { petition: PublicPetition; isOpen: boolean; locale: string; t: Translator }) {
  return (
    <>
      {isOpen && petition.deadline ? <p>{t("petition.deadline", { date: formatDate(petition.deadline, locale) })}</p> : null}
      {!isOpen && !petition.isDelivered ? <p className="notice">{t("petition.closed")}</p> : null}
      {petition.deliveries.length > 0 ? (
        <div className="notice notice--ok" data-testid="delivered">
          <p>
            <strong>{t("petition.deliveredHeading")}</strong>
          </p>
          <ul>
            {petition.deliveries.map((d, i) => {
              const date = formatDate(d.deliveredAt, locale);
              return <li key={i}>{d.targetName ? t("petition.delivered", { method: d.method, target: d.targetName, date }) : t("petition.deliveredNoTarget", { method: d.method, date })}</li>;
            })}
          </ul>
        </div>
      ) : petition.isDelivered ? (
        <p className="notice notice--ok">{t("petition.deliveredHeading")}</p>
      ) : null}
    </>
  );
}
