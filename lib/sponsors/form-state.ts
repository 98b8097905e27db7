// What the sponsor form's action gives back to the form (browser-safe, shared by both sides):
// translated messages per field (and "form" for the whole form), and the values to fill in again.
export type SponsorFormState = { errors?: Partial<Record<string, string>>; values?: Record<string, string> };
