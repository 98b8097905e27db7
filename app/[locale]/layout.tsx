import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { getLocaleAndT } from "@/lib/i18n/server";
import { LanguageLinks } from "@/components/i18n/language-links";
import "../globals.css";

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f3a5f" };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t, locale } = await getLocaleAndT(params);
  return {
    title: { default: t("meta.siteName"), template: `%s · ${t("meta.siteName")}` },
    description: t("meta.tagline"),
    alternates: { types: { "application/atom+xml": `/feeds/${locale}/news.xml` } },
  };
}

export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale, t } = await getLocaleAndT(params);
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t("nav.skipToContent")}
        </a>
        <header className="site-header">
          <div className="container site-header__inner">
            <Link href={`/${locale}`} className="site-name">
              {t("meta.siteName")}
            </Link>
            <nav aria-label={t("nav.mainNavigation")}>
              <ul className="nav-list">
                <li>
                  <Link href={`/${locale}`}>{t("nav.campaigns")}</Link>
                </li>
                <li>
                  <Link href={`/${locale}/news`}>{t("nav.news")}</Link>
                </li>
                <li>
                  {/* The same for everyone, so that public pages can be served from the cache:
                      the console sends a visitor who is not signed in to the sign-in page. */}
                  <Link href={`/${locale}/organise`}>{t("nav.organise")}</Link>
                </li>
              </ul>
            </nav>
            <nav aria-label={t("nav.language")} className="lang-switch">
              <LanguageLinks locale={locale} />
            </nav>
          </div>
        </header>
        <main id="main" className="container" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>{t("footer.about")}</p>
            <p>
              {t("footer.privacy")} <a href={`/${locale}/about`}>{t("about.link")}</a>
            </p>
            <p>
              <a href={`/feeds/${locale}/news.xml`}>{t("footer.feed")}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
