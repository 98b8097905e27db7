// English news posts of the demo campaign, keyed by slug (see news.ts for kinds and dates).
export const newsEn = {
  "appeal-after-the-shooting": {
    title: "Appeal: stand with the oil workers of Zhanaozen",
    summary: "Four days after police opened fire in Zhanaozen, we ask unions and supporters everywhere to act now.",
    body: `On 16 December police fired on striking oil workers and residents on the central square of Zhanaozen. The official count is sixteen dead; people in the town speak of many more. Since then the town has been under a state of emergency, its phone and internet links cut.

The strikers had been out since May. They asked for fair pay, extra pay for dangerous work in a remote region, and the right to negotiate their own agreement. More than two thousand were sacked for it.

**What you can do today:**

- sign the appeal and add your union branch to the list of sponsors;
- write to the nearest Kazakh embassy or consulate, and to KazMunayGaz;
- phone the embassy and register your protest;
- hold a picket and tell us about it, so that the strikers hear they are not alone.`,
  },
  "berlin-brandenburg-gate-protest": {
    title: "About fifty people protest at the Brandenburg Gate",
    summary: "Kazakh students, trade unionists and neighbours held a vigil in Berlin and read out the strikers' demands.",
    body: `In freezing weather on Tuesday afternoon, around fifty people gathered at the Brandenburg Gate in Berlin to remember the people killed in Zhanaozen and to demand an independent inquiry.

The vigil began with a minute's silence. Speakers then read out the strikers' demands in German, Russian and Kazakh. One of them, a student from Mangystau, said she had not been able to reach her family for three days because the town's phone lines were dead.

Organisers handed out leaflets to passers-by and collected signatures for the appeal. A small delegation took a copy to the embassy the following morning. A second protest took place in Cologne the same week.`,
  },
  "interview-sacked-oil-worker": {
    title: "\u201cWe only asked to be paid fairly for what we do\u201d",
    summary: "A driller sacked during the 2011 strike talks about the months on the square and what came after.",
    body: `*We spoke by phone with a driller who worked in the Uzen field for eleven years before he was dismissed in the summer of 2011. We call him Serik here; his real name is withheld for his safety.*

**Why did you go on strike?**

Our wages had not kept up with prices for years, and people working next to us for a contractor earned less for the same job. We work in heat and dust, far from everything. We asked for the extra pay that the law allows for that, and to sit at the table when the agreement is written.

**What happened when you were dismissed?**

They sent letters to whole brigades at once. Some of us had worked there since school. Nobody from the company came to talk to us. So we stayed on the square, every day, through the summer and the autumn.

**What would you like people abroad to do?**

Write to them. Call them. When they know that people in other countries are watching, they are more careful. And tell your own unions about us.`,
  },
  "january-2022-protests": {
    title: "January 2022: from Zhanaozen to the whole country",
    summary: "A doubling of the price of liquefied gas brought Zhanaozen into the streets again, and this time the whole of Kazakhstan followed.",
    body: `On the first days of January 2022 the price of liquefied gas, which most cars in Mangystau run on, jumped from 60 to 120 tenge a litre. Zhanaozen was the first town to protest. Within days there were crowds in Aktau, Almaty and dozens of other cities.

The demands quickly went beyond the price of fuel: gas at 50 tenge a litre, the resignation of the government, the former president's departure from political life, and freedom for political prisoners.

The state answered as it had ten years earlier, only on a larger scale. The internet was shut down across the country, a shoot-to-kill order was given, and thousands of people were detained. Many of them say they were beaten in custody.

For the people of Zhanaozen, the events of 2011 were never closed. We continue to call for an independent inquiry into both, and for the release of everyone still held.`,
  },
} as const;
