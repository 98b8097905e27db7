import type { Metadata } from "next";
import { getLocaleAndT } from "@/lib/i18n/server";

// Sign-in pages are for people, not search engines.
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("auth.metaTitle"), robots: { index: false, follow: false } };
}

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return children;
}
