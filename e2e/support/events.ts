import type { Page } from "@playwright/test";

// Filling the event form as a host does (labels as a person reads them), and dates in the future as the
// form's datetime-local fields take them.

export type PicketAnswers = {
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone?: string;
  venue?: string;
  street?: string;
  city?: string;
  country?: string;
  latitude?: string;
  longitude?: string;
  organisation?: string;
  publicContact?: string;
  name?: string;
  email?: string;
};

/** "YYYY-MM-DDTHH:mm" for the day `days` from now (UTC calendar), at `time`. */
export function dayFromNow(days: number, time: string, from = Date.now()): string {
  return `${new Date(from + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
}

export async function fillEventForm(page: Page, a: PicketAnswers, { register = true } = {}): Promise<void> {
  await page.getByLabel("Kind of event").selectOption({ label: "Picket" });
  await page.getByLabel("Title", { exact: true }).fill(a.title);
  await page.getByLabel("Starts", { exact: true }).fill(a.startsAt);
  await page.getByLabel("Ends", { exact: true }).fill(a.endsAt);
  await page.getByLabel("Time zone").fill(a.timeZone ?? "");
  await page.getByLabel("Place", { exact: true }).fill(a.venue ?? "Outside the consulate");
  await page.getByLabel("Street and number").fill(a.street ?? "Konsulatstraße 1");
  await page.getByLabel("City", { exact: true }).fill(a.city ?? "Köln");
  await page.getByLabel("Country", { exact: true }).fill(a.country ?? "Deutschland");
  await page.getByLabel("Latitude").fill(a.latitude ?? "50.9375");
  await page.getByLabel("Longitude").fill(a.longitude ?? "6.9603");
  await page.getByLabel("Organising organisation").fill(a.organisation ?? "Rhine Transport Workers, Cologne branch");
  await page.getByLabel("Public contact").fill(a.publicContact ?? "+49 221 000000");
  if (!register) return;
  await page.getByLabel("Your name").fill(a.name ?? "Branch secretary");
  if (a.email) await page.getByLabel("Your email address").fill(a.email);
  await page.getByLabel(/I agree that the campaign keeps my name/).check();
}
