// Which letter templates the demo campaign offers, and to whom each one is addressed.
import { protestCompanyEn, protestEmbassyEn, solidarityStrikersEn } from "./letters-en";
import { protestCompanyRu, protestEmbassyRu, solidarityStrikersRu } from "./letters-ru";
import { consulates, embassies, strikersMailbox } from "./targets";
import type { LetterTemplateSeed } from "./types";

export const letterTemplates: LetterTemplateSeed[] = [
  {
    slug: "protest-embassy",
    kind: "PROTEST",
    targetSlugs: [...embassies, ...consulates].map((t) => t.slug).concat("kazmunaygaz"),
    text: { en: protestEmbassyEn, ru: protestEmbassyRu },
  },
  {
    slug: "protest-company",
    kind: "PROTEST",
    targetSlugs: ["kazmunaygaz", "citic"],
    text: { en: protestCompanyEn, ru: protestCompanyRu },
  },
  {
    slug: "solidarity-strikers",
    kind: "SOLIDARITY",
    targetSlugs: [strikersMailbox.slug],
    editable: { maxLength: 3000 },
    text: { en: solidarityStrikersEn, ru: solidarityStrikersRu },
  },
];
