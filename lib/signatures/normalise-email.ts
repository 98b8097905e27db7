// One person, one signature per petition: the address is reduced to the form mail providers deliver to.
// Case never matters; a "+tag" in the local part is ignored by most providers; Gmail also ignores dots,
// and googlemail.com is the same mailbox as gmail.com. The address the supporter typed is kept as is
// for sending; only this normalised form is compared.

/** The provider whose dots do not count, under both its names; the first is the one addresses are folded to. */
export const GMAIL_DOMAINS = ["gmail.com", "googlemail.com"] as const;
const isGmail = (domain: string) => (GMAIL_DOMAINS as readonly string[]).includes(domain);

export function normaliseEmail(address: string): string {
  const trimmed = address.trim().toLowerCase();
  const at = trimmed.lastIndexOf("@");
  if (at <= 0) return trimmed;
  let local = trimmed.slice(0, at);
  let domain = trimmed.slice(at + 1).replace(/\.$/, "");
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  if (isGmail(domain)) {
    local = local.replaceAll(".", "");
    domain = GMAIL_DOMAINS[0];
  }
  return `${local}@${domain}`;
}
