import { fillPlaceholders, SAMPLE_VALUES } from "@/lib/letters/placeholders";
import { chooseLetterText, splitOpening } from "@/lib/letters/variants";
import type { ConsoleTemplateText } from "@/lib/letters/template-queries";
import type { Translator } from "@/lib/i18n/translate";

// The letter as a sender would get it, filled with sample values: every subject and every opening a letter
// may take, and the whole letter with the first of each. Plain text only: React escapes it, nothing of the
// template is read as HTML.

export function TemplatePreview({ text, t }: { text: ConsoleTemplateText; t: Translator }) {
  const fill = (s: string) => fillPlaceholders(s, SAMPLE_VALUES);
  const subjects = [text.subject, ...text.subjectVariants];
  const openings = [splitOpening(text.body).opening, ...text.openingVariants];
  // The whole letter with the first subject and opening (no variants offered, so chooseLetterText takes those).
  const letter = chooseLetterText({ subject: text.subject, body: text.body, subjectVariants: [], openingVariants: [] }, "preview");
  return (
    <section aria-labelledby="preview-heading" lang={text.locale}>
      <h2 id="preview-heading">{t("letterTemplates.previewHeading")}</h2>
      <p>{t("letterTemplates.previewIntro")}</p>
      <h3>{t("letterTemplates.previewSubjects")}</h3>
      <ol data-testid="preview-subjects">
        {subjects.map((s, i) => (
          <li key={i}>{fill(s)}</li>
        ))}
      </ol>
      <h3>{t("letterTemplates.previewOpenings")}</h3>
      <ol data-testid="preview-openings">
        {openings.map((o, i) => (
          <li key={i} style={{ whiteSpace: "pre-wrap" }}>
            {fill(o)}
          </li>
        ))}
      </ol>
      <h3>{t("letterTemplates.previewLetter")}</h3>
      <p>
        <strong>{fill(letter.subject)}</strong>
      </p>
      <pre data-testid="preview-letter" style={{ whiteSpace: "pre-wrap", fontFamily: "inherit" }}>
        {fill(letter.body)}
      </pre>
    </section>
  );
}
