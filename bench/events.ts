// Events (issue 12): a campaign with 2,000 published events; requests per second of its iCal feed and of
// its events page, each beside the static baseline page (/en/about) in alternating rounds of the same run,
// and the events page's bytes before any map tiles (its HTML, and the scripts and styles it links).
// No goal: the figures are printed, never asserted. Runs inside `npm run bench` on the bench's database.
import type { Database } from "../lib/db/client";
import { EventKind } from "../lib/generated/prisma/enums";
import { campaignCalendarPath, eventsMapPath } from "../lib/events/calendar-paths";
import { PUBLISHED_EVENT } from "../lib/events/states";
import type { BenchDatabase } from "./database";
import { httpClient, type HttpClient } from "./http-client";
import { getPage } from "./http-load";
import type { Report } from "./report";
import { compare, warmUp } from "./rounds";
import { startServer } from "./server";

export const BENCH_EVENTS = 2000;
/** The page measured beside the feed: the map of coming events, with every one of them listed below it. */
export const EVENTS_PAGE = (campaignSlug: string) => eventsMapPath("en", campaignSlug);
const STATIC_PAGE = "/en/about";

const DAY = 24 * 60 * 60 * 1000;
const PLACES = [
  { city: "Köln", country: "DE", latitude: 50.94, longitude: 6.96, timeZone: "Europe/Berlin" },
  { city: "London", country: "GB", latitude: 51.51, longitude: -0.13, timeZone: "Europe/London" },
  { city: "Almaty", country: "KZ", latitude: 43.24, longitude: 76.89, timeZone: "Asia/Almaty" },
  { city: "New York", country: "US", latitude: 40.71, longitude: -74.01, timeZone: "America/New_York" },
  { city: "Paris", country: "FR", latitude: 48.86, longitude: 2.35, timeZone: "Europe/Paris" },
] as const;
const KINDS = Object.values(EventKind);

/** `count` published events of the campaign, half in the past year and half in the next, in one statement. */
export async function seedBenchEvents(db: Database, campaignId: string, count = BENCH_EVENTS, now = new Date()): Promise<void> {
  const data = Array.from({ length: count }, (_, i) => {
    const place = PLACES[i % PLACES.length]!;
    const startsAt = new Date(now.getTime() + Math.round(((i / count) * 2 - 1) * 360 * DAY) + 17 * 60 * 60 * 1000);
    return {
      campaignId,
      kind: KINDS[i % KINDS.length]!,
      status: PUBLISHED_EVENT,
      title: `Solidarity picket no. ${i + 1} in ${place.city}`,
      description: "We stand outside the consulate with the names of the sacked workers and the strikers' demands. Bring a placard; speeches at the half hour.",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 60 * 60 * 1000),
      timeZone: place.timeZone,
      venue: "Outside the consulate",
      streetAddress: `Main street ${(i % 90) + 1}`,
      city: place.city,
      country: place.country,
      latitude: place.latitude + ((i % 37) - 18) / 100,
      longitude: place.longitude + ((i % 41) - 20) / 100,
      organiserName: "Bench Host",
      organisationName: `Union branch ${(i % 120) + 1}`,
      email: `bench-host-${i}@example.org`,
      emailNormalised: `bench-host-${i}@example.org`,
      publishedAt: now,
    };
  });
  await db.prisma.event.createMany({ data });
}

async function bytesOf(client: HttpClient, path: string): Promise<number> {
  const answer = await client.request("GET", path, { keepBody: true });
  if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}`);
  return Buffer.byteLength(answer.body, "utf8");
}

/** The page's HTML, and the scripts and style sheets it links (what a reader loads before any tile). */
async function pageWeight(client: HttpClient, path: string) {
  const answer = await client.request("GET", path, { keepBody: true, headers: { accept: "text/html" } });
  if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}`);
  const linked = new Set<string>();
  for (const match of answer.body.matchAll(/<script[^>]*\ssrc="([^"]+)"|<link[^>]*\srel="stylesheet"[^>]*\shref="([^"]+)"|<link[^>]*\shref="([^"]+)"[^>]*\srel="stylesheet"/g)) {
    const url = match[1] ?? match[2] ?? match[3];
    if (url?.startsWith("/")) linked.add(url.replace(/&amp;/g, "&"));
  }
  let assets = 0;
  for (const url of linked) assets += await bytesOf(client, url);
  return { html: Buffer.byteLength(answer.body, "utf8"), assets, files: linked.size };
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

export async function eventsBench(b: BenchDatabase, report: Report, port: number): Promise<void> {
  const campaign = await b.db.prisma.campaign.findFirstOrThrow({ where: { slug: b.petition.campaignSlug }, select: { id: true } });
  const started = performance.now();
  await seedBenchEvents(b.db, campaign.id);
  console.log(`\nEvents (issue 12): ${BENCH_EVENTS} published events seeded in ${((performance.now() - started) / 1000).toFixed(1)} s; the app on 127.0.0.1:${port}, concurrency 8`);
  const server = await startServer({ databaseUrl: b.url, port, worker: "off" });
  const client = httpClient(server.baseUrl, 16);
  try {
    const feedPath = campaignCalendarPath("en", b.petition.campaignSlug);
    const pagePath = EVENTS_PAGE(b.petition.campaignSlug);
    const feedBytes = await bytesOf(client, feedPath);
    const feedEvents = (await client.request("GET", feedPath, { keepBody: true })).body.match(/BEGIN:VEVENT/g)?.length ?? 0;
    const weight = await pageWeight(client, pagePath);
    console.log(`  iCal feed ${feedPath}: ${feedEvents} events, ${kB(feedBytes)}`);
    console.log(`  ${pagePath}: ${kB(weight.html)} of HTML, ${kB(weight.assets)} of scripts and styles in ${weight.files} files (before any map tiles)`);
    const feed = getPage(client, feedPath, 200);
    const page = getPage(client, pagePath, 200);
    const staticPage = getPage(client, STATIC_PAGE, 200);
    await warmUp(feed);
    await warmUp(page);
    await warmUp(staticPage, 1000);
    const feedRounds = await compare(feed, staticPage, 12);
    report.measured(`static page ${STATIC_PAGE} (beside the feed)`, feedRounds.baseline);
    report.measured(`iCal feed, ${feedEvents} events`, feedRounds.measured);
    const pageRounds = await compare(page, staticPage, 12);
    report.measured(`static page ${STATIC_PAGE} (beside the events page)`, pageRounds.baseline);
    report.measured(`events page ${pagePath.replace(b.petition.campaignSlug, "<slug>")}`, pageRounds.measured);
    report.notes.push(
      `events (${BENCH_EVENTS}): iCal feed ${kB(feedBytes)}, ${feedRounds.ratios.median.toFixed(2)}× the static page (median of 12 rounds); ` +
        `${pagePath.replace(b.petition.campaignSlug, "<slug>")} ${pageRounds.ratios.median.toFixed(2)}× the static page, ${kB(weight.html)} of HTML + ${kB(weight.assets)} of scripts and styles before any tiles (no goal)`,
    );
  } finally {
    client.close();
    await server.stop();
  }
}

// Alone: `npx tsx bench/events.ts` (its own database, built app in BENCH_DIST_DIR or .next-bench).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { createBenchDatabase, DEFAULT_SERVER_URL } = await import("./database");
  const { ensureBuild } = await import("./server");
  const { Report } = await import("./report");
  ensureBuild((line) => console.log(line));
  const bench = await createBenchDatabase(process.env.BENCH_DATABASE_URL ?? DEFAULT_SERVER_URL);
  const report = new Report();
  try {
    await eventsBench(bench, report, Number(process.env.BENCH_PORT ?? 3902));
  } finally {
    await bench.drop();
  }
  report.print();
  process.exit(report.errorCount > 0 ? 1 : 0);
}
