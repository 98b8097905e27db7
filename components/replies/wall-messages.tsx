import Link from "next/link";
import { countryName } from "@/lib/i18n/countries";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import type { WallMessage, WallPage } from "@/lib/letters/wall-queries";
import styles from "./replies.module.css";

// The wall's messages: who (name, organisation, city and country; never an address) and the text as
// plain text with its line breaks, newest first, with links to newer and older pages.

export function WallMessages({ wall, base, locale, t }: { wall: WallPage; base: string; locale: Locale; t: Translator }) {
  return (
    <section aria-labelledby="wall-messages">
      <h2 id="wall-messages">{t("letterWall.wall.title")}</h2>
      {wall.total === 0 ? <p className="muted">{t("letterWall.wall.empty")}</p> : <p className="muted">{t("letterWall.wall.count", { count: wall.total })}</p>}
      <ul className={styles.list}>
        {wall.messages.map((m) => (
          <li key={m.id} className={styles.item}>
            <WallMessageBody message={m} locale={locale} />
            {m.cut ? (
              <p>
                <Link href={`${base}/${m.id}`}>{t("letterWall.wall.readOn", { name: m.name })}</Link>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {wall.pageCount > 1 ? (
        <nav aria-label={t("letterWall.wall.pageOf", { page: wall.page, pages: wall.pageCount })}>
          {wall.page > 1 ? <Link href={`${base}?page=${wall.page - 1}`}>{t("letterWall.wall.newer")}</Link> : null}{" "}
          <span className="muted">{t("letterWall.wall.pageOf", { page: wall.page, pages: wall.pageCount })}</span>{" "}
          {wall.page < wall.pageCount ? <Link href={`${base}?page=${wall.page + 1}`}>{t("letterWall.wall.older")}</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}

/** Who wrote it (name, organisation, city and country) and the text, as plain text with its line breaks. */
export function WallMessageBody({ message: m, locale }: { message: WallMessage; locale: Locale }) {
  return (
    <>
      <p className={styles.meta}>
        <strong>{m.name}</strong>
        {[m.organisation, [m.city, countryName(m.country, locale)].filter(Boolean).join(", ")].filter(Boolean).map((part) => ` · ${part}`)}
      </p>
      <p className={styles.text}>{m.text}</p>
    </>
  );
}
