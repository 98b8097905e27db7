import type { en } from "../i18n/messages/en";

// An expected refusal of an organiser's request: a rule of the domain said no. The code is a key of
// organisePetitions.errors (the action translates it); `field` names the form field it belongs to.
// A petition that does not exist and one the organiser may not touch look the same: "notFound".

export type PetitionErrorCode = keyof (typeof en)["organisePetitions"]["errors"];

export class PetitionRuleError extends Error {
  constructor(
    public readonly code: PetitionErrorCode,
    public readonly field?: string,
  ) {
    super(`petition rule: ${code}${field ? ` (${field})` : ""}`);
    this.name = "PetitionRuleError";
  }
}
