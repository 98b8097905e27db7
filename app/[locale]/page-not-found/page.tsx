import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/content/not-found-message";
import { locales } from "@/lib/i18n/config";
import { getLocaleAndT } from "@/lib/i18n/server";

// The 404 page as a page of its own, built for every language at build time. Next sends a 404 raised by
// a page served from the cache as an empty shell that only JavaScript fills (vercel/next.js#62228):
// scripts/serve.mjs sends this page's HTML instead, with the 404 status, so that it reads without
// JavaScript too (scripts/not-found-shell.mjs).
export const dynamic = "force-static";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("errors.notFoundTitle"), robots: { index: false } };
}

export default async function PageNotFound({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await getLocaleAndT(params);
  return <NotFoundMessage locale={locale} />;
}
