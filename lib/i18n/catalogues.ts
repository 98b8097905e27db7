import type { Locale } from "./config";
import { en } from "./messages/en";
import { ru } from "./messages/ru";
import { de } from "./messages/de";

// English is the reference catalogue: its shape is the type every other language follows.
// Russian and German must be complete (the type checker says so). A new language may start partial
// (typed PartialCatalogue): its missing keys fall back to English.
// A new language: one file in ./messages, one line here, one entry in config.ts.

export type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
export type PartialCatalogue<T> = { [K in keyof T]?: T[K] extends string ? string : PartialCatalogue<T[K]> };
export type Messages = Catalogue<typeof en>;

export const catalogues: Record<Locale, PartialCatalogue<Messages>> = { en, ru, de };
