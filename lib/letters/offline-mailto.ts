import type { Database } from "../db/client";
import { isDatabaseUnavailable } from "../db/is-unavailable";
import { errorStateFrom } from "../forms/form-state";
import { isLocale } from "../i18n/config";
import { getTranslator, type MessageKey } from "../i18n/translate";
import { LetterOpeningMethod } from "../generated/prisma/enums";
import { letterFormFields } from "./compose";
import { buildMailto } from "./mailto";
import { mailAppAddresses, prepareOfflineLetter } from "./offline-letters";
import { echoLetterValues, type MailAppState } from "./offline-state";

// "Open in my mail app": the form composed as for any letter, then per target one message for the
// supporter's own mail app (the target's address in To, the campaign's copy addresses in Cc) as a mailto:
// link where it fits, else the text to copy with the addresses beside it. Counted as opened.

/** The letter form's field names, for placing messages (a forged field gets the form-level message). */
const FIELDS = ["name", "email", "organisation", "city", "country", "targets", "subject", "body", "wallConsent", "website"] as const;

export async function openInMailApp(db: Database, form: FormData, { ip, now = new Date() }: { ip: string; now?: Date }): Promise<MailAppState> {
  const fields = letterFormFields(form);
  const locale = typeof fields.locale === "string" && isLocale(fields.locale) ? fields.locale : "en";
  const t = getTranslator(locale);
  const values = echoLetterValues(fields);
  let prepared;
  try {
    prepared = await prepareOfflineLetter(db, fields, { ip, method: LetterOpeningMethod.MAILTO, now });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { formError: t("letterOffline.unavailable"), values };
    throw error;
  }
  if (!prepared.ok) {
    if (prepared.reason === "rate-limited") return { formError: t("letterOffline.rateLimited"), values };
    if (prepared.reason === "invalid") return { ...errorStateFrom(prepared.error, t, { fallback: "letterOffline.formInvalid", fields: FIELDS }), values };
    const message = translated(t, prepared.error.messageKey);
    if (prepared.error.field === "template") return { formError: message, values };
    return { fieldErrors: { [prepared.error.field]: message }, formError: t("letterOffline.formInvalid"), values };
  }
  const { letter } = prepared;
  const messages = letter.messages.map(({ target, subject, body }) => {
    const { to, cc } = mailAppAddresses(letter, target);
    const link = to.length ? buildMailto({ to, cc, subject, body }) : null;
    return { target: target.name, to, cc, subject, body, ...(link && "href" in link ? { href: link.href } : {}) };
  });
  return {
    ok: t("letterOffline.ready"),
    values,
    messages,
    labels: {
      ready: t("letterOffline.ready"),
      openTo: messages.map((m) => t("letterOffline.openTo", { target: m.target })),
      tooLong: messages.map((m) => t("letterOffline.tooLong", { target: m.target })),
      noAddress: messages.map((m) => t("letterOffline.noAddress", { target: m.target })),
      to: t("letterOffline.to"),
      cc: t("letterOffline.cc"),
      subject: t("letterOffline.subject"),
      text: t("letterOffline.text"),
    },
  };
}

/** A catalogue key from compose.ts (letterComposer.*, owned by the composer), else the form-level message. */
function translated(t: ReturnType<typeof getTranslator>, key: string): string {
  const text = t(key as MessageKey);
  return text === key ? t("letterOffline.formInvalid") : text;
}
