// Which of a target's addresses Placard writes to: the first one not on its failing list (addresses that
// bounced hard three times, see ./delivery-bounces.ts). Null when every address is failing: the composer
// then sends nothing to that target (the supporter may still print the letter or use their own mail app).

export type AddressedTarget = { emails: string[]; failingEmails: string[] };

const normal = (address: string) => address.trim().toLowerCase();

export function workingAddress(target: AddressedTarget): string | null {
  const failing = new Set(target.failingEmails.map(normal));
  return target.emails.find((e) => !failing.has(normal(e))) ?? null;
}

export function isFailingAddress(target: AddressedTarget, address: string): boolean {
  return target.failingEmails.some((e) => normal(e) === normal(address));
}
