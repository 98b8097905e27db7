// Solidarity events of the demo campaign: two held in December 2011 (with their reports) and one
// anniversary picket that is always ahead of the seeding date. People and groups are invented.
import type { EventSeed } from "./types";

export const pastEvents: EventSeed[] = [
  {
    kind: "DEMONSTRATION",
    title: "Vigil and protest at the Brandenburg Gate for the victims of Zhanaozen",
    description:
      "A silent vigil followed by speeches: we remember the oil workers shot in Zhanaozen on 16 December and demand an independent inquiry. Bring candles and placards.",
    startsAt: new Date("2011-12-20T14:00:00Z"),
    endsAt: new Date("2011-12-20T16:00:00Z"),
    timeZone: "Europe/Berlin",
    venue: "Pariser Platz, in front of the Brandenburg Gate",
    city: "Berlin",
    country: "DE",
    latitude: 52.5163,
    longitude: 13.3777,
    targetSlug: null,
    organiserName: "Lena Hartwig",
    organisationName: "Kazakhstan Solidarity Circle Berlin",
    email: "berlin-circle@example.org",
    report: {
      authorName: "Lena Hartwig",
      attendance: 50,
      body: `About fifty people gathered on Pariser Platz in the cold, among them Kazakh students living in Berlin, trade unionists and members of several migrant associations. We held a minute's silence and lit candles in front of photographs from the town square.

Speakers read out the strikers' demands in German, Russian and Kazakh, and a message from relatives of a striker who could not be reached for days because the phone lines were cut. Passers-by stopped to ask what had happened; we handed out around 300 leaflets and collected signatures for the appeal.

A delegation of three took a copy of the appeal to the embassy the next morning.`,
      pressLinks: ["https://news.example.com/berlin/2011/12/zhanaozen-vigil"],
    },
  },
  {
    kind: "PICKET",
    title: "Picket of the Kazakh embassy in London",
    description:
      "Lunchtime picket outside the embassy on Pall Mall. Banners and leaflets provided; union banners welcome.",
    startsAt: new Date("2011-12-23T12:00:00Z"),
    endsAt: new Date("2011-12-23T14:00:00Z"),
    timeZone: "Europe/London",
    venue: "Outside the Embassy of Kazakhstan, 125 Pall Mall",
    city: "London",
    country: "GB",
    latitude: 51.5066,
    longitude: -0.1339,
    targetSlug: "kz-embassy-london",
    organiserName: "Gareth Pryce",
    organisationName: "North London Trades Solidarity Group",
    email: "nlts-picket@example.org",
    report: {
      authorName: "Gareth Pryce",
      attendance: 35,
      body: `Thirty-five people picketed the embassy for two hours two days before Christmas, with banners from four union branches and a trades council. Drivers hooted in support all along Pall Mall.

We asked to hand in a letter listing the strikers' demands. Nobody came to the door, so the letter went through the letterbox and was sent by recorded post the same afternoon. Several people phoned the embassy from the pavement to register their protest.

We agreed to come back on the first working day of the new year and to leaflet two petrol stations of a company that buys Kazakh oil.`,
      pressLinks: [],
    },
  },
];

/** The next 16 December (the anniversary of the shooting) at least a week after `now`, 12:00 in Berlin. */
export function upcomingEvent(now: Date): EventSeed {
  const weekAhead = now.getTime() + 7 * 24 * 60 * 60 * 1000;
  let year = now.getUTCFullYear();
  while (Date.UTC(year, 11, 16, 11) < weekAhead) year++;
  return {
    kind: "PICKET",
    title: "Anniversary picket at the Kazakh embassy in Berlin",
    description:
      "On the anniversary of the shooting we stand outside the embassy with the names of the dead and the strikers' demands. Speeches at 12:30; the petition will be handed in afterwards.",
    startsAt: new Date(Date.UTC(year, 11, 16, 11, 0)),
    endsAt: new Date(Date.UTC(year, 11, 16, 12, 30)),
    timeZone: "Europe/Berlin",
    venue: "Outside the Embassy of Kazakhstan, Nordsternstraße 14",
    city: "Berlin",
    country: "DE",
    latitude: 52.4873,
    longitude: 13.3369,
    targetSlug: "kz-embassy-berlin",
    organiserName: "Jonas Brandt",
    organisationName: "Schöneberg Neighbourhood Union Group",
    email: "schoeneberg-group@example.org",
    report: null,
  };
}
