import type { Translator } from "@/lib/i18n/translate";
import { CopyLinkButton } from "./copy-link-button";
import styles from "./petition.module.css";

// Share links are plain links (mailto:, wa.me, t.me): no third-party script, no tracking, and they work
// without JavaScript. The copy button is the only enhancement; the link field is there for everyone.
export function ShareLinks({ url, title, t, heading }: { url: string; title: string; t: Translator; heading?: string }) {
  const message = t("petition.shareMessage", { title });
  const email = `mailto:?subject=${encodeURIComponent(t("petition.shareSubject", { title }))}&body=${encodeURIComponent(`${message}\n\n${url}`)}`;
  const whatsapp = `https://wa.me/?text=${encodeURIComponent(`${message} ${url}`)}`;
  const telegram = `https://t.me/share/url?url=${encodeURIComponent(url)}&text=${encodeURIComponent(message)}`;
  return (
    <section className={`${styles.share} no-print`} aria-labelledby="share-heading">
      <h2 id="share-heading">{heading ?? t("petition.shareHeading")}</h2>
      <div className={styles.shareLink}>
        <label htmlFor="share-url" className="visually-hidden">
          {t("petition.shareLinkLabel")}
        </label>
        <input id="share-url" type="url" readOnly value={url} />
        <CopyLinkButton url={url} label={t("petition.copyLink")} doneLabel={t("petition.copied")} />
      </div>
      <ul className={styles.shareList}>
        <li>
          <a href={email}>{t("petition.shareEmail")}</a>
        </li>
        <li>
          <a href={whatsapp} rel="noopener noreferrer" target="_blank">
            {t("petition.shareWhatsapp")}
          </a>
        </li>
        <li>
          <a href={telegram} rel="noopener noreferrer" target="_blank">
            {t("petition.shareTelegram")}
          </a>
        </li>
      </ul>
    </section>
  );
}
