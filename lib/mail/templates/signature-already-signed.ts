import type { Locale } from "../../i18n/config";
import { getTranslator } from "../../i18n/translate";
import { composeEmail, type EmailContent } from "./layout";

// Sent (at most once a day, a few times in all) when someone signs again with an address whose signature
// is already confirmed: it tells the owner of the address, and nobody else, that nothing more is needed.

export type SignatureAlreadySignedData = { name: string; petitionTitle: string; petitionUrl: string };

export function signatureAlreadySignedEmail(locale: Locale, data: SignatureAlreadySignedData): EmailContent {
  const t = getTranslator(locale);
  return composeEmail(locale, {
    subject: t("signature.email.alreadySubject", { title: data.petitionTitle }),
    greeting: t("signature.email.greeting", { name: data.name }),
    paragraphs: [t("signature.email.alreadyBody", { title: data.petitionTitle }), t("signature.email.alreadyShare")],
    action: { label: data.petitionTitle, url: data.petitionUrl },
    reason: t("signature.email.alreadyReason"),
  });
}
