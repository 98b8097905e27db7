// A mailto: link (RFC 6068) for the supporter's own mail app: recipients, copy, subject and body. Mail
// apps and browsers cut or refuse long links (about 2,000 characters in all), so a link longer than
// MAILTO_MAX_LENGTH is not built: the page shows the text to copy with the addresses beside it instead.
// Addresses come from the campaign's directory; still, a link is only ever built with plain addresses
// (no "?", "&", "%", comma, space or line break that could add a header or a recipient). Browser-safe.

export const MAILTO_MAX_LENGTH = 1900;

export type MailtoInput = { to: string[]; cc: string[]; subject: string; body: string };
export type MailtoResult = { href: string } | { tooLong: true } | { badAddress: string };

const PLAIN_ADDRESS = /^[A-Za-z0-9._+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** Whether an address may go into a mailto: link as it is. */
export function isPlainAddress(address: string): boolean {
  return address.length <= 254 && PLAIN_ADDRESS.test(address);
}

/** Line breaks as CRLF (RFC 6068 section 5), encoded with everything else but unreserved characters. */
function encodeText(text: string): string {
  return encodeURIComponent(text.replace(/\r\n|\r|\n/g, "\r\n"));
}

export function buildMailto({ to, cc, subject, body }: MailtoInput): MailtoResult {
  const bad = [...to, ...cc].find((address) => !isPlainAddress(address));
  if (bad !== undefined) return { badAddress: bad };
  const query = [
    ...(cc.length ? [`cc=${cc.join(",")}`] : []),
    `subject=${encodeText(subject)}`,
    `body=${encodeText(body)}`,
  ];
  const href = `mailto:${to.join(",")}?${query.join("&")}`;
  return href.length <= MAILTO_MAX_LENGTH ? { href } : { tooLong: true };
}
