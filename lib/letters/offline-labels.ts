import type { Translator } from "../i18n/translate";

// The words of the two buttons (components/letters/other-ways.tsx), translated on the server page.

export type OtherWaysLabels = { hint: string; openInMailApp: string; print: string };

export function otherWaysLabels(t: Translator): OtherWaysLabels {
  return { hint: t("letterOffline.hint"), openInMailApp: t("letterOffline.openInMailApp"), print: t("letterOffline.print") };
}
