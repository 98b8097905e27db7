import type { CampaignText } from "./types";

export const campaignDe: CampaignText = {
  title: "Gerechtigkeit für die Ölarbeiter von Schanaosen",
  summary:
    "Am 16. Dezember 2011 schoss die Polizei im kasachischen Schanaosen (Zhanaozen) auf streikende Ölarbeiter und auf Einwohner, die zu ihnen standen. Zeigen Sie Solidarität: unterschreiben, schreiben, anrufen, protestieren.",
  appeal: `Schanaosen (Zhanaozen) ist eine Ölstadt im Gebiet Mangghystau im Westen Kasachstans, entstanden rund um eines der ältesten Ölfelder des Landes. Im Mai 2011 traten die Beschäftigten von Ozenmunaigaz, der Fördertochter des staatlichen Ölkonzerns KazMunayGaz, und der Vertragsfirmen, die neben ihnen arbeiten, in den Streik. Sie verlangten eine gerechte Bezahlung für schwere, gefährliche Arbeit fernab jeder Großstadt und echte Mitsprache bei ihrem Tarifvertrag. Die Arbeitgeber antworteten mit Massenentlassungen: Mehr als zweitausend Streikende verloren ihre Arbeit.

Die Streikenden hielten sieben Monate durch; viele versammelten sich Tag für Tag auf dem zentralen Platz der Stadt. Am 16. Dezember 2011, während das Land den Unabhängigkeitstag beging, eröffnete die Polizei das Feuer auf sie und auf die Menschen um sie herum. Die Behörden räumen sechzehn Tote ein. Die Arbeiter und ihre Familien sprechen von weit mehr Opfern, Hunderte wurden verletzt. Es folgten Ausnahmezustand und Ausgangssperre, Telefon und Internet wurden abgeschaltet, und tagelang drangen kaum Nachrichten aus der Stadt.

Seitdem stehen Streikende und ihre Unterstützer vor Gericht, während niemand für die Schüsse zur Rechenschaft gezogen wurde. Wir rufen Gewerkschafterinnen und Gewerkschafter und alle, die das Recht der Beschäftigten auf Organisierung verteidigen, dazu auf, an der Seite der Menschen in Schanaosen zu stehen und von den Behörden Kasachstans und den beteiligten Unternehmen die Erfüllung der folgenden Forderungen zu verlangen.

**Januar 2022.** Wieder begann es in Schanaosen. Als sich der Preis für Flüssiggas, mit dem die meisten Autos in der Region fahren, über Nacht von 60 auf 120 Tenge pro Liter verdoppelte, gingen die Menschen auf die Straße, und binnen weniger Tage erfasste der Protest das ganze Land. Erneut schaltete der Staat das Internet ab, befahl den Truppen, ohne Vorwarnung zu schießen, und nahm Tausende fest. Die Fragen von 2011 warten bis heute auf eine Antwort.`,
  callScript: `Guten Tag, mein Name ist ___, ich rufe aus ___ (Ihr Ort und Land) an.

Es geht um die Ölarbeiter von Schanaosen, auf die die Polizei am 16. Dezember 2011 während ihres Streiks schoss.

Bitte geben Sie drei Anliegen an die Regierung in Astana weiter:

1. eine unabhängige internationale Untersuchung der Schüsse;
2. die Freilassung der inhaftierten Streikenden und Aktivisten;
3. die Wiedereinstellung aller Entlassenen mit Nachzahlung der entgangenen Löhne.

An wen kann ich schreiben, damit es festgehalten wird? Danke.`,
};
