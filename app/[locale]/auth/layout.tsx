import type { Metadata } from "next";
import { getLocaleAndT } from "@/lib/i18n/server";

// Sign-in pages are for people, not search engines. A magic link's address holds a token and an email
// address: no request from these pages may carry it on, even to our own site.
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("auth.metaTitle"), robots: { index: false, follow: false }, referrer: "strict-origin" };
}

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return children;
}
