import Link from "next/link";
import type { Translator } from "@/lib/i18n/translate";
import { DATA_LINK_MINUTES } from "@/lib/my-data/data-link";
import { myDataPath } from "@/lib/my-data/paths";
import styles from "../signatures/signatures.module.css";

/** A wrong, used or expired link (or no cookie): say so, and offer a new one. */
export function InvalidDataLink({ locale, t }: { locale: string; t: Translator }) {
  return (
    <div className={styles.status}>
      <h1>{t("myData.invalidTitle")}</h1>
      <p>{t("myData.invalidBody", { minutes: DATA_LINK_MINUTES })}</p>
      <p className={styles.actions}>
        <Link className="button" href={myDataPath(locale)}>
          {t("myData.askAgain")}
        </Link>
      </p>
    </div>
  );
}
