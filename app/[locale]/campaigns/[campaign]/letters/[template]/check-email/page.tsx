import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { hasControlCharacter } from "@/lib/forms/plain-text";
import { getLocaleAndT } from "@/lib/i18n/server";
import { addressAwaitingConfirmation } from "@/lib/letters/send-letter";

type Params = Promise<{ locale: string; campaign: string; template: string }>;
type SearchParams = Promise<{ letter?: string | string[] }>;

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await getLocaleAndT(params);
  return { title: t("letterComposer.checkTitle"), robots: { index: false } };
}

// After "Send through Placard": the address the link went to, read from the letter still waiting for it
// (so that a typo can be seen), never from the address bar. A letter confirmed, old or unknown: no address.
export default async function CheckEmailPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { t } = await getLocaleAndT(params);
  const { template } = await params;
  const letter = (await searchParams).letter;
  const email =
    typeof letter === "string" && letter.length <= 64 && !hasControlCharacter(letter) && !hasControlCharacter(template)
      ? await addressAwaitingConfirmation(await getDb(), letter, template)
      : null;
  return (
    <div className="prose">
      <h1>{t("letterComposer.checkTitle")}</h1>
      <p className="notice notice--ok">{email ? t("letterComposer.checkBody", { email }) : t("letterComposer.checkBodyNoAddress")}</p>
    </div>
  );
}
