import { signOutAction } from "@/lib/auth/actions";

/** A plain form: signs out without JavaScript too. */
export function SignOutButton({ locale, label, className }: { locale: string; label: string; className?: string }) {
  return (
    <form action={signOutAction} className={className}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="button button--quiet">
        {label}
      </button>
    </form>
  );
}
