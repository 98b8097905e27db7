import crypto from "node:crypto";
import type { BenchPetition } from "./database";

// Every signature of a run comes from its own supporter: a distinct email address (example.org) and a
// distinct client address, so that neither the unique check nor the per-address rate limit (1 per
// minute by default) turns a benchmark signature into a duplicate or a suspect one.

const run = crypto.randomBytes(3).toString("hex");
let counter = 0;

export type Supporter = { email: string; ip: string };

/** `kind` "bench" for the real sign path (checked afterwards), "base" for the baselines' rows. */
export function nextSupporter(kind: "bench" | "base"): Supporter {
  const n = ++counter;
  return { email: `${kind}-${run}-${n}@example.org`, ip: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` };
}

/**
 * The sign form's fields as a browser posts them (a name, a country and a city; boxes ticked), and the
 * petition's id, which the baseline route stores and the sign endpoint ignores (it signs the petition its
 * address names, docs/decisions/022).
 */
export function signFormFields(petition: BenchPetition, supporter: Supporter): Record<string, string> {
  return {
    petitionId: petition.id,
    locale: "en",
    consentTextId: petition.consentTextId,
    name: "Aigul Benchmark",
    email: supporter.email,
    country: "KZ",
    city: "Aktau",
    organisation: "",
    role: "",
    comment: "",
    isPublic: "on",
    wantsUpdates: "on",
    homepage: "",
  };
}
