import type { Translator } from "@/lib/i18n/translate";
import styles from "./event-page.module.css";

/** Share links that are plain addresses (no JavaScript): email, WhatsApp, Telegram, and the address itself to copy. */
export function ShareLinks({ url, text, t }: { url: string; text: string; t: Translator }) {
  const mail = `mailto:?${new URLSearchParams({ subject: text, body: `${text}\n${url}` }).toString().replace(/\+/g, "%20")}`;
  const whatsApp = `https://wa.me/?text=${encodeURIComponent(`${text} ${url}`)}`;
  const telegram = `https://t.me/share/url?url=${encodeURIComponent(url)}&text=${encodeURIComponent(text)}`;
  return (
    <section className={`${styles.share} no-print`} aria-labelledby="share-heading">
      <h2 id="share-heading">{t("eventPage.shareTitle")}</h2>
      <ul className={styles.shareLinks}>
        <li>
          <a href={mail}>{t("eventPage.shareEmail")}</a>
        </li>
        <li>
          <a href={whatsApp} rel="noopener">
            WhatsApp
          </a>
        </li>
        <li>
          <a href={telegram} rel="noopener">
            Telegram
          </a>
        </li>
      </ul>
      <label className={styles.copyLabel} htmlFor="event-address">
        {t("eventPage.shareAddress")}
      </label>
      <input id="event-address" className={styles.copy} type="url" readOnly value={url} />
    </section>
  );
}
