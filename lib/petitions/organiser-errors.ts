import { ActionRefusal } from "../organise/action-refusal";
import type { MessageKey } from "../i18n/translate";
import type { en } from "../i18n/messages/en";

// An expected refusal of an organiser's request: a rule of the domain said no. The code is a key of
// organisePetitions.errors; `field` names the form field it belongs to. It is an ActionRefusal, so the one
// action path (lib/organise/organiser-action.ts) shows it in place. A petition that does not exist and one
// the organiser may not touch look the same: "notFound", answered as a page that is not there.

export type PetitionErrorCode = keyof (typeof en)["organisePetitions"]["errors"];

export class PetitionRuleError extends ActionRefusal {
  constructor(
    public readonly code: PetitionErrorCode,
    field?: string,
  ) {
    super(`organisePetitions.errors.${code}` as MessageKey, field, undefined, code === "notFound");
    this.name = "PetitionRuleError";
  }
}
