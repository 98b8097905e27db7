import { revalidatePath } from "next/cache";

/**
 * Public campaign pages are served from the cache (ISR, rebuilt every few seconds). When an organiser
 * changes what they show (a petition opened or closed, a sponsor approved, signatures invalidated),
 * this drops every cached campaign page, in every language, so that supporters see it at once.
 */
export function revalidatePublicCampaignPages(): void {
  revalidatePath("/[locale]/campaigns/[campaign]", "layout");
  revalidatePath("/[locale]", "page");
  // The news pages show campaigns' posts too (lib/news/actions.ts publishes and withdraws them).
  revalidatePath("/[locale]/news", "layout");
  // The iCal feeds of campaigns' events (a published, edited or cancelled event), from the cache too.
  revalidatePath("/feeds/[locale]/campaigns/[campaign]", "layout");
}
