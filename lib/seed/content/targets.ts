// The demo campaign's targets. Every email is under example.org / example.com and every phone number
// sits in a range kept for fiction or unused, so a demo instance can never reach a real office.
import type { TargetSeed } from "./types";

const PLACEHOLDER_NOTE =
  "Demo entry: email, phone and fax are placeholders. Check the office's own website for current details before writing or posting anything.";

type EmbassyInput = Pick<TargetSeed, "slug" | "name" | "country" | "city" | "postalAddress" | "latitude" | "longitude" | "phones"> & {
  mailbox: string;
};

function kazakhMission(kind: "EMBASSY" | "CONSULATE", input: EmbassyInput): TargetSeed {
  const domain = kind === "EMBASSY" ? "kz-embassy.example.org" : "kz-consulate.example.org";
  return {
    slug: input.slug,
    kind,
    name: input.name,
    represents: "KZ",
    country: input.country,
    city: input.city,
    postalAddress: input.postalAddress,
    latitude: input.latitude,
    longitude: input.longitude,
    emails: [`${input.mailbox}@${domain}`],
    phones: input.phones,
    website: `https://${domain}/${input.mailbox}`,
    notes: PLACEHOLDER_NOTE,
  };
}

export const embassies: TargetSeed[] = [
  kazakhMission("EMBASSY", {
    slug: "kz-embassy-london", name: "Embassy of the Republic of Kazakhstan in the United Kingdom", mailbox: "london",
    country: "GB", city: "London", postalAddress: "125 Pall Mall, London SW1Y 5EA, United Kingdom",
    latitude: 51.5066, longitude: -0.1339, phones: ["+44 20 7946 0101"],
  }),
  kazakhMission("EMBASSY", {
    slug: "kz-embassy-berlin", name: "Embassy of the Republic of Kazakhstan in Germany", mailbox: "berlin",
    country: "DE", city: "Berlin", postalAddress: "Nordsternstraße 14, 10825 Berlin, Germany",
    latitude: 52.4873, longitude: 13.3369, phones: ["+49 30 0000 0102"],
  }),
  kazakhMission("EMBASSY", {
    slug: "kz-embassy-paris", name: "Embassy of the Republic of Kazakhstan in France", mailbox: "paris",
    country: "FR", city: "Paris", postalAddress: "59 rue Pierre Charron, 75008 Paris, France",
    latitude: 48.8702, longitude: 2.3047, phones: ["+33 1 99 00 01 03"],
  }),
  kazakhMission("EMBASSY", {
    slug: "kz-embassy-washington", name: "Embassy of the Republic of Kazakhstan in the United States", mailbox: "washington",
    country: "US", city: "Washington", postalAddress: "1401 16th Street NW, Washington, DC 20036, United States",
    latitude: 38.9092, longitude: -77.0365, phones: ["+1 202 555 0104"],
  }),
  kazakhMission("EMBASSY", {
    slug: "kz-embassy-moscow", name: "Embassy of the Republic of Kazakhstan in Russia", mailbox: "moscow",
    country: "RU", city: "Moscow", postalAddress: "Chistoprudny Boulevard 3A, 101000 Moscow, Russia",
    latitude: 55.7594, longitude: 37.643, phones: ["+7 495 000 0105"],
  }),
  kazakhMission("EMBASSY", {
    slug: "kz-embassy-beijing", name: "Embassy of the Republic of Kazakhstan in China", mailbox: "beijing",
    country: "CN", city: "Beijing", postalAddress: "9 Dongliu Street, Sanlitun, Chaoyang District, 100600 Beijing, China",
    latitude: 39.9388, longitude: 116.4474, phones: ["+86 10 0000 0106"],
  }),
  kazakhMission("EMBASSY", {
    slug: "kz-embassy-ottawa", name: "Embassy of the Republic of Kazakhstan in Canada", mailbox: "ottawa",
    country: "CA", city: "Ottawa", postalAddress: "150 Metcalfe Street, Ottawa, ON K2P 1P1, Canada",
    latitude: 45.4201, longitude: -75.6953, phones: ["+1 613 555 0107"],
  }),
  kazakhMission("EMBASSY", {
    slug: "kz-embassy-canberra", name: "Embassy of the Republic of Kazakhstan in Australia", mailbox: "canberra",
    country: "AU", city: "Canberra", postalAddress: "32 Thesiger Court, Deakin ACT 2600, Australia",
    latitude: -35.3185, longitude: 149.1029, phones: ["+61 2 5550 0108"],
  }),
];

export const consulates: TargetSeed[] = [
  kazakhMission("CONSULATE", {
    slug: "kz-consulate-frankfurt", name: "Consulate General of the Republic of Kazakhstan in Frankfurt am Main", mailbox: "frankfurt",
    country: "DE", city: "Frankfurt am Main", postalAddress: "Oeder Weg 16, 60318 Frankfurt am Main, Germany",
    latitude: 50.1224, longitude: 8.6818, phones: ["+49 69 0000 0109"],
  }),
];

export const offices: TargetSeed[] = [
  {
    slug: "kz-presidential-office", kind: "GOVERNMENT_OFFICE", name: "Office of the President of the Republic of Kazakhstan (Akorda)",
    represents: "KZ", country: "KZ", city: "Astana", postalAddress: "Akorda, Astana 010000, Kazakhstan",
    latitude: 51.1258, longitude: 71.4466, emails: ["office@akorda.example.org"], phones: ["+7 7172 000 010"],
    website: "https://akorda.example.org", notes: PLACEHOLDER_NOTE,
  },
  {
    slug: "kz-foreign-ministry", kind: "GOVERNMENT_OFFICE", name: "Ministry of Foreign Affairs of the Republic of Kazakhstan",
    represents: "KZ", country: "KZ", city: "Astana", postalAddress: "Ministry of Foreign Affairs, Astana 010000, Kazakhstan",
    latitude: 51.1282, longitude: 71.4307, emails: ["info@kz-mfa.example.org"], phones: ["+7 7172 000 020"],
    website: "https://kz-mfa.example.org", notes: PLACEHOLDER_NOTE,
  },
];

export const companies: TargetSeed[] = [
  {
    slug: "kazmunaygaz", kind: "COMPANY", name: "KazMunayGaz (national oil and gas company)",
    represents: null, country: "KZ", city: "Astana", postalAddress: "19 Kabanbay Batyr avenue, Astana 010000, Kazakhstan",
    latitude: 51.1283, longitude: 71.4305, emails: ["info@kmg.example.com", "press@kmg.example.com"],
    phones: ["+7 7172 000 030", "+7 7172 000 031"], fax: "+7 7172 000 039",
    website: "https://kmg.example.com",
    notes: `${PLACEHOLDER_NOTE} The second phone number is the press office. Parent company of Ozenmunaigaz and partner in the Karazhanbas joint venture.`,
  },
  {
    slug: "citic", kind: "COMPANY", name: "CITIC Group",
    represents: null, country: "CN", city: "Beijing", postalAddress: "CITIC Group head office, Chaoyang District, 100020 Beijing, China",
    latitude: 39.9087, longitude: 116.4605, emails: ["contact@jv-partner-cn.example.com"], phones: ["+86 10 0000 0140"],
    website: "https://jv-partner-cn.example.com",
    notes: `${PLACEHOLDER_NOTE} Chinese partner of KazMunayGaz in the joint venture that runs the Karazhanbas oilfield.`,
  },
];

export const media: TargetSeed[] = [
  {
    slug: "northern-ledger", kind: "MEDIA", name: "The Northern Ledger (letters page)",
    represents: null, country: "GB", city: "London", postalAddress: "Letters Editor, The Northern Ledger, 1 Fleet Yard, London EC4A 0XX, United Kingdom",
    latitude: 51.5142, longitude: -0.1077, emails: ["letters@northern-ledger.example.com"], phones: ["+44 20 7946 0150"],
    website: "https://northern-ledger.example.com", notes: "An invented newspaper for the demo.",
  },
];

/** Letters of solidarity are collected by the campaign and passed on to the strikers by hand. */
export const strikersMailbox: TargetSeed = {
  slug: "zhanaozen-strikers", kind: "OTHER", name: "The oil workers of Zhanaozen (letters passed on by the campaign)",
  represents: null, country: "KZ", city: "Zhanaozen", postalAddress: "c/o the campaign, Zhanaozen, Mangystau region, Kazakhstan",
  latitude: 43.3412, longitude: 52.8619, emails: ["strikers@zhanaozen-solidarity.example.org"], phones: [],
  notes: "Demo entry: the campaign forwards these letters; no address of a worker is ever published.",
};

/** Each office's time zone (its city's), so that the call page can say "open now" and letters can wait for office hours. */
const ZONES: Record<string, string> = {
  GB: "Europe/London", DE: "Europe/Berlin", FR: "Europe/Paris", RU: "Europe/Moscow", CN: "Asia/Shanghai",
  CA: "America/Toronto", AU: "Australia/Sydney", KZ: "Asia/Almaty", US: "America/New_York",
};
/** Invented for the demo: embassies that also cover neighbouring countries. */
const ACCREDITED: Record<string, string[]> = {
  "kz-embassy-berlin": ["DK", "CH"],
  "kz-embassy-paris": ["BE", "LU", "PT"],
  "kz-embassy-london": ["IE", "IS"],
  "kz-embassy-ottawa": ["MX"],
};

function withHours(target: TargetSeed): TargetSeed {
  const timeZone = ZONES[target.country];
  const officeHours = target.kind === "EMBASSY" || target.kind === "CONSULATE" ? "Mo-Fr 09:00-13:00, 14:00-17:00" : target.kind === "OTHER" ? undefined : "Mo-Fr 09:00-18:00";
  return { ...target, ...(timeZone ? { timeZone } : {}), ...(officeHours ? { officeHours } : {}), ...(ACCREDITED[target.slug] ? { accreditedTo: ACCREDITED[target.slug] } : {}) };
}

export const targets: TargetSeed[] = [...embassies, ...consulates, ...offices, ...companies, ...media, strikersMailbox].map(withHours);

/** Proposed when no mission of Kazakhstan suits the supporter's country. */
export const FALLBACK_TARGET_SLUG = "kz-foreign-ministry";
