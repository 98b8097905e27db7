import { LinkFailure } from "@/components/auth/link-failure";
import { firstParam, type SearchParams } from "@/lib/auth/search-params";
import { getLocaleAndT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";

// next-auth sends failures here (?error=Verification when a link was used or expired between the
// confirmation page and the button; AccessDenied when the address may no longer sign in); and our own
// route handler sends NotFromOurPage when another site posted a sign-in token (login CSRF).
const REASONS: Record<string, MessageKey> = {
  Verification: "auth.failure.verification",
  AccessDenied: "auth.failure.accessDenied",
  NotFromOurPage: "auth.failure.notFromOurPage",
};

export default async function SignInErrorPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const { locale, t } = await getLocaleAndT(params);
  const error = firstParam((await searchParams).error) ?? "";
  const reason = REASONS[error] ?? "auth.failure.generic";
  const title = error === "Verification" ? t("auth.failure.title") : t("auth.failure.signInFailedTitle");
  return (
    <LinkFailure title={title} reason={t(reason)} askAgain={t("auth.failure.askAgain")} signInHref={`/${locale}/auth/sign-in`} />
  );
}
