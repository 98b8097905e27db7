// The demo petition, built from four of the appeal's demands and addressed to two targets in Astana.
import type { PetitionText, Trilingual } from "./types";

export const petition = {
  slug: "justice-for-zhanaozen",
  status: "OPEN",
  goal: 10000,
  locales: ["en", "ru", "de"],
  openedAt: new Date("2025-12-16T09:00:00Z"),
  /** Campaign demand positions, in the order the petition lists them. */
  demandPositions: [7, 8, 4, 5],
  targetSlugs: ["kz-presidential-office", "kz-foreign-ministry"],
} as const;

/** The next 30 June at least 180 days after `now`, so a freshly seeded petition is always open. */
export function petitionDeadline(now: Date): Date {
  const earliest = now.getTime() + 180 * 24 * 60 * 60 * 1000;
  for (let year = now.getUTCFullYear(); ; year++) {
    const candidate = new Date(Date.UTC(year, 5, 30, 23, 59, 0));
    if (candidate.getTime() >= earliest) return candidate;
  }
}

export const petitionText: Trilingual<PetitionText> = {
  en: {
    title: "Justice for Zhanaozen",
    addressee: "The President of the Republic of Kazakhstan and the Minister of Foreign Affairs",
    body: `On 16 December 2011 police in Zhanaozen fired on oil workers who had been on strike for seven months, and on the residents who stood with them. Many were killed and hundreds were wounded. The workers had asked for fair pay and the right to bargain; thousands of them were dismissed instead, and some were sent to prison.

Nobody has yet been held to account for the shooting. We, the undersigned, call on you to meet the demands below without further delay.`,
  },
  ru: {
    title: "Справедливость для Жанаозена",
    addressee: "Президенту Республики Казахстан и министру иностранных дел Республики Казахстан",
    body: `16 декабря 2011 года полиция в Жанаозене стреляла в нефтяников, которые бастовали уже семь месяцев, и в поддержавших их жителей. Многие погибли, сотни были ранены. Рабочие добивались справедливой оплаты и права на коллективные переговоры, а в ответ тысячи из них уволили, а некоторых отправили в тюрьму.

За расстрел до сих пор никто не ответил. Мы, нижеподписавшиеся, призываем вас без дальнейших промедлений выполнить перечисленные ниже требования.`,
  },
  de: {
    title: "Gerechtigkeit für Schanaosen",
    addressee: "Präsident der Republik Kasachstan und Minister für auswärtige Angelegenheiten",
    body: `Am 16. Dezember 2011 schoss die Polizei in Schanaosen auf Ölarbeiter, die seit sieben Monaten streikten, und auf die Einwohner, die zu ihnen standen. Viele wurden getötet, Hunderte verletzt. Die Arbeiter hatten gerechte Löhne und das Recht auf Tarifverhandlungen verlangt; stattdessen wurden Tausende von ihnen entlassen und einige ins Gefängnis gebracht.

Bis heute wurde niemand für die Schüsse zur Rechenschaft gezogen. Wir, die Unterzeichnenden, fordern Sie auf, die folgenden Forderungen unverzüglich zu erfüllen.`,
  },
};
