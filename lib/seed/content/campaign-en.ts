import type { CampaignText } from "./types";

export const campaignEn: CampaignText = {
  title: "Justice for the oil workers of Zhanaozen",
  summary:
    "On 16 December 2011 police in Zhanaozen, Kazakhstan, opened fire on striking oil workers and the townspeople standing with them. Stand with the strikers: sign, write, call and picket.",
  appeal: `Zhanaozen is an oil town in the Mangystau region of western Kazakhstan, built around one of the country's oldest fields. In May 2011 the workers of Ozenmunaigaz, the production arm of the state oil company KazMunayGaz, and of the contractors who work alongside them, went on strike. They wanted fair pay for hard and dangerous work far from any city, and a real say in their own collective agreement. The employers answered with mass dismissals: more than two thousand strikers lost their jobs.

The strikers held out for seven months, many of them gathering day after day on the town's central square. On 16 December 2011, while the country marked Independence Day, police opened fire on them and on the residents around them. The authorities admit to sixteen dead. The workers and their families say the toll is far higher, and hundreds were wounded. A state of emergency and a curfew followed, telephone lines and the internet were cut, and for days almost no news left the town.

Since then strikers and the people who supported them have been put on trial, while nobody has answered for the shooting. We ask trade unionists, and everyone who believes that workers have the right to organise, to stand with the people of Zhanaozen and to press the authorities of Kazakhstan and the companies involved to meet the demands below.

**January 2022.** It began in Zhanaozen again. When the price of liquefied gas, the fuel most cars in the region run on, doubled overnight from 60 to 120 tenge a litre, people took to the streets, and within days the protests had spread across the whole country. Once more the state switched off the internet; it ordered troops to shoot without warning and detained thousands. The questions of 2011 are still waiting for an answer.`,
  callScript: `Hello, my name is ___ and I am calling from ___ (your town and country).

I am calling about the oil workers of Zhanaozen, on whom police opened fire during their strike on 16 December 2011.

Please pass three requests on to the government in Astana:

1. an independent international inquiry into the shooting;
2. freedom for the strikers and activists who are in prison;
3. jobs back for every sacked worker, with the wages they lost.

Whom should I write to, so that this is on record? Thank you.`,
};
