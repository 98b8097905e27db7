import type { Locale } from "../i18n/config";
import { getTranslator, type MessageKey } from "../i18n/translate";
import { echoedValues } from "./correction";
import { signatureCountryOptions } from "./country-options";
import type { SignFormState } from "./form-state";

// The database went away while a supporter signed (docs/decisions/020): nothing was saved, and the answer
// is 503 with what they typed still in hand. The form's script gets the message to show in place (it keeps
// the fields as they are); a browser without JavaScript gets a small page, built without the database, that
// holds the form again with their answers, posting to the same address. Sending it again is safe: if the
// first try was stored after all, the second is a duplicate (same answer, no second row, no second email).

const RETRY_AFTER_SECONDS = "5";
const TEXT_FIELDS = [
  ["name", "name", 100],
  ["email", "email", 254],
  ["city", "address-level2", 100],
  ["organisation", "organization", 150],
  ["role", "organization-title", 100],
] as const;

export function answerDatabaseUnavailable(json: boolean, locale: Locale, fields: Record<string, string>, action: string): Response {
  const t = getTranslator(locale);
  const headers = { "retry-after": RETRY_AFTER_SECONDS, "cache-control": "no-store" };
  if (json) return Response.json({ formError: t("signature.form.unavailable") } satisfies SignFormState, { status: 503, headers });

  const values = echoedValues(fields);
  const hidden = ["locale", "consentTextId", "homepage"]
    .filter((name) => typeof fields[name] === "string" && fields[name] !== "")
    .map((name) => `<input type="hidden" name="${name}" value="${escape(fields[name]!.slice(0, 200))}">`);
  const label = (name: string) => t(`signature.form.${name}` as MessageKey);
  const text = TEXT_FIELDS.map(
    ([name, autocomplete, max]) =>
      `<p><label for="sign-${name}">${escape(label(name))}</label><br><input id="sign-${name}" name="${name}" type="${name === "email" ? "email" : "text"}" autocomplete="${autocomplete}" maxlength="${max}" value="${escape(values[name] ?? "")}"></p>`,
  );
  const countries = signatureCountryOptions(locale)
    .map((c) => `<option value="${c.code}"${c.code === values.country ? " selected" : ""}>${escape(c.name)}</option>`)
    .join("");
  const country = `<p><label for="sign-country">${escape(label("country"))}</label><br><select id="sign-country" name="country"><option value="">${escape(label("countryPlaceholder"))}</option>${countries}</select></p>`;
  const comment = `<p><label for="sign-comment">${escape(label("comment"))}</label><br><textarea id="sign-comment" name="comment" maxlength="500" rows="4">${escape(values.comment ?? "")}</textarea></p>`;
  const box = (name: "isPublic" | "wantsUpdates") =>
    `<p><input type="checkbox" id="sign-${name}" name="${name}" value="on"${values[name] === "on" ? " checked" : ""}> <label for="sign-${name}">${escape(label(name))}</label></p>`;
  const title = t("signature.form.unavailableTitle");
  const html = `<!doctype html><html lang="${locale}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)}</title><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5"><main><h1>${escape(title)}</h1><p role="alert">${escape(t("signature.form.unavailable"))}</p><form method="post" action="${escape(action)}">${hidden.join("")}${text.slice(0, 2).join("")}${country}${text.slice(2).join("")}${comment}${box("isPublic")}${box("wantsUpdates")}<p><button type="submit">${escape(t("signature.form.unavailableRetry"))}</button></p></form></main></body></html>`;
  return new Response(html, { status: 503, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
