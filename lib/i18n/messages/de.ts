import type { PartialCatalogue } from "../catalogues";
import type { en } from "./en";

// German: the public pages at least; anything missing falls back to English.
export const de: PartialCatalogue<typeof en> = {
  meta: {
    siteName: "Placard",
    tagline: "Solidaritätskampagnen: unterschreiben, schreiben, Mahnwachen halten.",
  },
  nav: {
    skipToContent: "Zum Inhalt springen",
    campaigns: "Kampagnen",
    news: "Neuigkeiten",
    organise: "Organisieren",
    signIn: "Anmelden",
    signOut: "Abmelden",
    language: "Sprache",
    mainNavigation: "Hauptnavigation",
  },
  footer: {
    about: "Placard ist freie Software für Solidaritätskampagnen.",
    privacy: "Wir speichern so wenig wie möglich über Sie und löschen es, wenn die Kampagne endet.",
    feed: "Newsfeed (Atom)",
  },
  errors: {
    notFoundTitle: "Seite nicht gefunden",
    notFoundBody: "Unter dieser Adresse gibt es nichts. Vielleicht ist die Seite umgezogen oder die Kampagne beendet.",
    backHome: "Zur Startseite",
    genericTitle: "Etwas ist schiefgelaufen",
    genericBody: "Ihre Daten sind sicher. Bitte versuchen Sie es gleich noch einmal.",
  },
};
