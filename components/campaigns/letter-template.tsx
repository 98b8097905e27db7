import type { ReadableTemplate } from "@/lib/letters/public-templates";
import { splitTemplateBlanks, type TemplatePiece } from "@/lib/letters/template-blanks";
import { langAttribute } from "@/lib/content/pick-translation";
import type { Locale } from "@/lib/i18n/config";
import type { MessageKey, Translator } from "@/lib/i18n/translate";
import { TargetContact } from "./target-contact";
import styles from "./letter-template.module.css";

// One letter to copy and send: its subject, its text with blanks to fill in, and whom to send it to.
// Each email address opens the letter in the supporter's own mail program, addressee filled in.

const KNOWN_BLANKS = ["sender_name", "sender_organisation", "sender_country", "sender_city", "target_name", "date"] as const;

function blankLabel(name: string, t: Translator): string {
  const known = (KNOWN_BLANKS as readonly string[]).includes(name) ? name : "other";
  return t(`actions.letters.blank.${known}` as MessageKey);
}

function asPlainText(pieces: TemplatePiece[], t: Translator, fill: Record<string, string> = {}): string {
  return pieces.map((p) => (p.kind === "text" ? p.text : (fill[p.name] ?? `[${blankLabel(p.name, t)}]`))).join("");
}

export function LetterTemplate({ template, locale, t }: { template: ReadableTemplate; locale: Locale; t: Translator }) {
  const pieces = splitTemplateBlanks(template.body);
  const textLang = langAttribute(template.locale, locale);
  const id = `letter-${template.slug}`;
  return (
    <article className={styles.letter} aria-labelledby={id}>
      <h3 id={id} lang={textLang}>
        {template.title}
      </h3>
      <p className={styles.subject}>
        <span className={styles.label}>{t("actions.letters.subject")}: </span>
        <span lang={textLang}>{template.subject}</span>
      </p>
      <div className={styles.body} lang={textLang} role="group" aria-label={t("actions.letters.letterText")}>
        {pieces.map((piece, index) =>
          piece.kind === "text" ? (
            piece.text
          ) : (
            <span key={index} className={styles.blank} lang={locale}>
              [{blankLabel(piece.name, t)}]
            </span>
          ),
        )}
      </div>
      <h4 className={styles.sendTo}>{t("actions.letters.sendTo")}</h4>
      {template.targets.length > 0 ? (
        template.targets.map((target) => (
          <TargetContact
            key={target.slug}
            target={target}
            locale={locale}
            t={t}
            mailTitle={t("actions.letters.mailHint")}
            mailHref={(email) =>
              `mailto:${email}?subject=${encodeURIComponent(template.subject)}&body=${encodeURIComponent(asPlainText(pieces, t, { target_name: target.name }))}`
            }
          />
        ))
      ) : (
        <p className="muted">{t("actions.letters.noTargets")}</p>
      )}
    </article>
  );
}
