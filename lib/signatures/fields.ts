// The fields a supporter fills in, in the order the form shows them (for the error summary).
// Kept apart from schema.ts so that the browser's form does not load zod.

export const SIGNATURE_FIELDS = ["name", "email", "country", "city", "organisation", "role", "comment"] as const;
export type SignatureField = (typeof SIGNATURE_FIELDS)[number];
