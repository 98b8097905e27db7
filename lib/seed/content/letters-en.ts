// English letter templates, each with two other subjects and two other openings (alternatives to the
// body's first paragraph, its greeting). The date closes each letter. Placeholders: {{target_name}}, {{sender_name}},
// {{sender_organisation}}, {{sender_country}}, {{date}}.
import type { LetterText } from "./types";

export const protestEmbassyEn: LetterText = {
  title: "Protest to a Kazakh embassy or consulate",
  subject: "Zhanaozen: an independent inquiry and freedom for the jailed strikers",
  body: `Dear {{target_name}},

I am writing from {{sender_country}} to protest against the shooting of striking oil workers and residents of Zhanaozen by police on 16 December 2011, and against the way the workers have been treated ever since.

The strikers asked for decent pay, safe conditions and the right to negotiate their own agreement. They were dismissed in their thousands, fired upon and put on trial, and nobody has yet answered for the deaths.

Please convey to your government that I call for:

- an independent international inquiry into the events of 16 December 2011;
- the release of every jailed striker and activist, and an end to their prosecution;
- the reinstatement of all dismissed workers, with the wages they lost.

I would be grateful for a reply.

Yours sincerely,
{{sender_name}}
{{sender_organisation}}
{{date}}`,
  subjectVariants: ["Justice for Zhanaozen: an independent inquiry, and the strikers freed", "An appeal from {{sender_country}}: free the jailed Zhanaozen strikers"],
  openingVariants: ["To {{target_name}},", "Dear representatives of {{target_name}},"],
};

export const protestCompanyEn: LetterText = {
  title: "Protest to an oil company",
  subject: "Reinstate the sacked oil workers of Mangystau and meet their demands",
  body: `Dear {{target_name}},

I am writing from {{sender_country}} about the oil workers of the Mangystau region who went on strike in 2011 at Ozenmunaigaz, at the Karazhanbas field and at contractor firms. More than two thousand of them were dismissed for exercising their right to strike, and on 16 December 2011 police shot strikers and residents in Zhanaozen.

As a company that owns these fields or shares in running them, you are responsible for how the people who work them are treated. I urge you to:

- reinstate every worker dismissed over the strike and pay the wages they lost;
- renegotiate the collective agreement with representatives the workers choose freely;
- pay fair supplements for hazardous work in a remote region;
- support, publicly, an independent international inquiry into the shooting.

Workers and trade unionists in many countries are following what happens to the oil workers of Mangystau, and so are your customers and partners.

Yours faithfully,
{{sender_name}}
{{sender_organisation}}
{{date}}`,
  subjectVariants: ["Mangystau oil workers: reinstatement, lost wages and the right to organise", "From {{sender_country}}: take back the dismissed oil workers of Mangystau"],
  openingVariants: ["To {{target_name}},", "Dear management of {{target_name}},"],
};

export const solidarityStrikersEn: LetterText = {
  title: "Solidarity with the Zhanaozen strikers",
  subject: "Greetings and solidarity from {{sender_country}}",
  body: `Dear friends,

We send you warm greetings and our solidarity from {{sender_country}}.

For months you stood together for fair pay and for the right to organise, in the face of dismissals, threats and violence. Your courage is an example to working people everywhere.

We mourn those who were killed on 16 December 2011. We will keep demanding that those responsible are brought to justice, that everyone in prison is freed, and that every sacked worker gets their job back.

You are not alone. Your struggle is ours.

In solidarity,
{{sender_name}}
{{sender_organisation}}
{{date}}`,
  subjectVariants: ["Solidarity with the oil workers of Zhanaozen, from {{sender_country}}", "You are not alone: greetings from {{sender_country}}"],
  openingVariants: ["Dear friends at {{target_name}},", "Dear comrades,"],
};
