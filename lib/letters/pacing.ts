import type { Prisma } from "../generated/prisma/client";

// When a letter to a target may go: the target's cap per hour (its own, else the campaign's), optionally only
// in its office hours; letters over the cap wait for a later hour, spread over it. Owned by the delivery
// work (issue 11); the letter composer calls it inside the transaction that queues a letter.

export type PacedTarget = {
  id: string;
  hourlyCap: number | null;
  campaignHourlyCap: number;
  sendInOfficeHoursOnly: boolean;
  officeHours: string | null;
  timeZone: string | null;
};

/** The time the next letter to `target` may be sent, at or after `now`. Call it once per letter queued. */
export async function nextLetterSlot(tx: Prisma.TransactionClient, target: PacedTarget, now: Date): Promise<Date> {
  // First cut: at once. The delivery work replaces this with the paced slot (see the comment above).
  void tx;
  void target;
  return now;
}
