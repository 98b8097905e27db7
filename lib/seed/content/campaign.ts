// The demo campaign: the Zhanaozen appeal of December 2011, with its demands in three languages.
import { campaignDe } from "./campaign-de";
import { campaignEn } from "./campaign-en";
import { campaignRu } from "./campaign-ru";
import type { CampaignText, Trilingual } from "./types";

export const campaign = {
  slug: "zhanaozen",
  status: "LIVE",
  locales: ["en", "ru", "de"],
  defaultLocale: "en",
  appealDate: new Date("2011-12-20T00:00:00Z"),
  country: "KZ",
  copyToEmails: ["campaign@zhanaozen-solidarity.example.org"],
  donateUrl: "https://donate.example.org/zhanaozen",
} as const;

export const campaignText: Trilingual<CampaignText> = { en: campaignEn, ru: campaignRu, de: campaignDe };

/**
 * The demands in the appeal's order (position = index + 1): the strikers' six demands of November 2011,
 * then the two the solidarity campaign added after the shooting.
 */
export const demands: Trilingual<string>[] = [
  {
    en: "Renegotiate the collective agreement with representatives the workers choose themselves.",
    ru: "Пересмотреть коллективный договор вместе с представителями, которых рабочие выберут сами.",
    de: "Den Tarifvertrag mit Vertretern neu verhandeln, die die Beschäftigten selbst wählen.",
  },
  {
    en: "Pay extra coefficients on wages for hazardous work and for working in a remote region.",
    ru: "Ввести повышающие коэффициенты к зарплате за вредные условия труда и за работу в отдалённом регионе.",
    de: "Lohnzuschläge für gefährliche Arbeit und für die Arbeit in einer abgelegenen Region zahlen.",
  },
  {
    en: "Remove the director of Ozenmunaigaz from his post.",
    ru: "Снять с должности директора «Озенмунайгаза».",
    de: "Den Direktor von Ozenmunaigaz abberufen.",
  },
  {
    en: "Take back every worker dismissed for striking.",
    ru: "Восстановить на работе всех, кого уволили за участие в забастовке.",
    de: "Alle wegen des Streiks Entlassenen wieder einstellen.",
  },
  {
    en: "Pay in full the wages lost during the strike.",
    ru: "Полностью выплатить зарплату, потерянную за время забастовки.",
    de: "Die während des Streiks entgangenen Löhne vollständig nachzahlen.",
  },
  {
    en: "Release the strikers' lawyer, Natalia Sokolova, who was sentenced to six years in prison.",
    ru: "Освободить юриста бастующих Наталью Соколову, приговорённую к шести годам лишения свободы.",
    de: "Die Rechtsberaterin der Streikenden, Natalia Sokolova, freilassen, die zu sechs Jahren Haft verurteilt wurde.",
  },
  {
    en: "Set up an independent international inquiry into the shooting of 16 December 2011 and hold those responsible to account.",
    ru: "Провести независимое международное расследование расстрела 16 декабря 2011 года и привлечь виновных к ответственности.",
    de: "Eine unabhängige internationale Untersuchung der Schüsse vom 16. Dezember 2011 einsetzen und die Verantwortlichen zur Rechenschaft ziehen.",
  },
  {
    en: "Free all jailed strikers and activists and drop the charges against them.",
    ru: "Освободить всех заключённых забастовщиков и активистов и снять с них обвинения.",
    de: "Alle inhaftierten Streikenden und Aktivisten freilassen und die Anklagen gegen sie fallen lassen.",
  },
];
