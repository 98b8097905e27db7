// Shared by the moderation form's schema (browser-safe) and moderateSponsors.
export const MODERATION_NOTE_MAX = 500;
export const MODERATION_BATCH_MAX = 500;
