// "Email at the website's domain": a weak but useful sign that an organisation's contact really
// belongs to it. True when the contact address's domain is the website's host, or a subdomain of it
// ("office@mail.branch.example.org" for "https://www.branch.example.org"). A leading "www." is ignored
// on both sides. Free-mail providers never count, whatever website is given.

const FREE_MAIL = new Set([
  "gmail.com",
  "googlemail.com",
  "yahoo.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "icloud.com",
  "aol.com",
  "gmx.de",
  "gmx.net",
  "web.de",
  "mail.ru",
  "yandex.ru",
  "proton.me",
  "protonmail.com",
]);

function bareHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, "").replace(/^www\./, "");
}

function websiteHost(website: string): string | null {
  try {
    const url = new URL(website);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    const host = bareHost(url.hostname);
    // An address such as 192.0.2.1 or [::1] has no domain to match.
    if (!host.includes(".") || /^[\d.]+$/.test(host) || host.startsWith("[")) return null;
    return host;
  } catch {
    return null;
  }
}

export function emailMatchesWebsite(email: string, website: string | null | undefined): boolean {
  if (!website) return false;
  const host = websiteHost(website);
  const at = email.lastIndexOf("@");
  if (!host || at < 0) return false;
  const domain = bareHost(email.slice(at + 1));
  if (!domain || FREE_MAIL.has(host) || FREE_MAIL.has(domain)) return false;
  return domain === host || domain.endsWith(`.${host}`);
}
