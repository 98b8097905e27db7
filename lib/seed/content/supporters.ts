// A few invented supporters so the demo's sponsor list and petition page do not start empty.
// Addresses are under example.org / example.com and have no dots or +tags, so they are already normalised.
import type { SignatureSeed, SponsorSeed } from "./types";

export const sponsors: SponsorSeed[] = [
  {
    kind: "ORGANISATION",
    name: "Northfield Rail and Transport Workers' Branch",
    contactName: "Branch secretary",
    role: null,
    organisation: null,
    organisationKind: "UNION_BRANCH",
    country: "GB",
    website: "https://northfield-rtw.example.org",
    email: "secretary@northfield-rtw.example.org",
    isDomainVerified: true,
    locale: "en",
    confirmedAt: new Date("2025-12-17T18:20:00Z"),
  },
  {
    kind: "INDIVIDUAL",
    name: "Ingrid Solvang",
    contactName: null,
    role: "Shop steward",
    organisation: "Bergen Municipal Workers' Club",
    organisationKind: null,
    country: "NO",
    website: null,
    email: "isolvang@example.com",
    isDomainVerified: false,
    locale: "en",
    confirmedAt: new Date("2025-12-19T07:45:00Z"),
  },
];

export const signatures: SignatureSeed[] = [
  {
    name: "Marek Zielinski", email: "mzielinski@example.com", country: "PL", city: "Gdańsk",
    organisation: "Port workers' solidarity committee", role: "Member", comment: "From one port to another: you are not alone.",
    isPublic: true, wantsUpdates: true, locale: "en", confirmedAt: new Date("2025-12-16T10:12:00Z"),
  },
  {
    name: "Aigerim Bekova", email: "aigerim@example.org", country: "KZ", city: "Aktau",
    organisation: null, role: null, comment: null,
    isPublic: false, wantsUpdates: false, locale: "ru", confirmedAt: new Date("2025-12-16T14:40:00Z"),
  },
  {
    name: "Claire Vautrin", email: "cvautrin@example.org", country: "FR", city: "Lyon",
    organisation: null, role: null, comment: "Justice for the families of Zhanaozen.",
    isPublic: true, wantsUpdates: false, locale: "en", confirmedAt: new Date("2025-12-18T19:05:00Z"),
  },
  {
    name: "Jonas Kellermann", email: "jkellermann@example.org", country: "DE", city: "Köln",
    organisation: "Gewerkschaftsforum Köln-Nord", role: "Sprecher", comment: null,
    isPublic: true, wantsUpdates: true, locale: "de", confirmedAt: new Date("2026-01-05T16:30:00Z"),
  },
  {
    name: "Dmitry Sarychev", email: "dsarychev@example.com", country: "RU", city: "Samara",
    organisation: null, role: null, comment: null,
    isPublic: false, wantsUpdates: false, locale: "ru", confirmedAt: new Date("2026-02-11T08:15:00Z"),
  },
];
