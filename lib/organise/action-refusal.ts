import type { MessageKey, MessageValues } from "../i18n/translate";

// Apart from lib/organise/organiser-action.ts (which needs Next's request APIs), so that domain code and
// its tests can throw it without loading Next.

/** An expected refusal from a domain call: a catalogue key, at a field or for the whole form. */
export class ActionRefusal extends Error {
  constructor(
    readonly messageKey: MessageKey,
    readonly field?: string,
    readonly values?: MessageValues,
    /** The record named does not exist or is not this organiser's: answered as a page that is not there. */
    readonly notFound = false,
  ) {
    super(messageKey);
    this.name = "ActionRefusal";
  }
}
