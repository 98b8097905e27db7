import type { FormState } from "../forms/form-state";

// What "Open in my mail app" hands back to the composer's page (browser-safe: the client component that
// holds it with useActionState imports this). Strings are already translated.

export type MailAppMessage = {
  /** The target's name, as the directory spells it. */
  target: string;
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  /** The mailto: link, when the whole link is within what mail apps accept. */
  href?: string;
};

export type MailAppState = FormState & {
  messages?: MailAppMessage[];
  /** The words around the messages, in the form's language. */
  labels?: { ready: string; openTo: string[]; tooLong: string[]; noAddress: string[]; to: string; cc: string; subject: string; text: string };
};

export const initialMailAppState: MailAppState = {};

/** The form's values echoed back (the composer may refill its fields from them without JavaScript). */
export function echoLetterValues(fields: Record<string, unknown>): Record<string, string | string[]> {
  const echo: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (name === "website") continue;
    if (typeof value === "string") echo[name] = value.slice(0, 20_000);
    else if (Array.isArray(value)) echo[name] = value.filter((v): v is string => typeof v === "string").slice(0, 10);
  }
  return echo;
}
