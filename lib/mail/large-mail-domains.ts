// Public mailbox providers so large that a third of a surge of supporters can have an address at one of
// them (docs/decisions/017): their domains get the large-domain cap on emails to unconfirmed addresses,
// every other domain the small one that keeps a distributed attacker from carpet-mailing an
// organisation. Providers of the regions Placard's campaigns serve first (Russia and Central Asia,
// Germany, the English-speaking world). MAIL_LARGE_DOMAINS adds more (a big union's or university's own).

export const LARGE_MAIL_DOMAINS: readonly string[] = [
  // worldwide
  "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "ymail.com",
  "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "mail.com", "zoho.com",
  // Russia, Ukraine, Belarus, Kazakhstan
  "mail.ru", "inbox.ru", "list.ru", "bk.ru", "internet.ru", "yandex.ru", "ya.ru", "yandex.com", "yandex.kz", "yandex.by",
  "rambler.ru", "ukr.net", "i.ua", "mail.kz",
  // Germany, Austria, Switzerland
  "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "web.de", "t-online.de", "freenet.de", "posteo.de", "mailbox.org",
  "outlook.de", "hotmail.de", "yahoo.de", "bluewin.ch",
  // United Kingdom
  "hotmail.co.uk", "yahoo.co.uk", "btinternet.com",
];
