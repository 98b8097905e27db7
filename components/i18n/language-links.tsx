"use client";

import { usePathname } from "next/navigation";
import { localeNames, locales, type Locale } from "@/lib/i18n/config";

// The language switcher's links: the same page in each language. A client component because the site's
// layout is not rendered again when a visitor follows a link inside the site, so a path computed there
// would still point at the first page they opened. On the server it renders the same links, so it works
// without JavaScript too.
export function LanguageLinks({ locale }: { locale: Locale }) {
  const pathname = usePathname() ?? `/${locale}`;
  const rest = pathname.split("/").slice(2).join("/");
  const suffix = rest ? `/${rest}` : "";
  return (
    <ul className="nav-list">
      {locales.map((l) => (
        <li key={l}>
          {l === locale ? (
            <span aria-current="true" lang={l}>
              {localeNames[l]}
            </span>
          ) : (
            <a href={`/${l}${suffix}`} lang={l} hrefLang={l}>
              {localeNames[l]}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
