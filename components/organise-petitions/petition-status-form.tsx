"use client";

import { useActionState } from "react";
import { changePetitionStatusAction } from "@/lib/petitions/organiser-actions";
import type { FormState } from "@/lib/forms/form-state";
import { FormNotice } from "./form-bits";

type Props = {
  meta: { locale: string; campaignId: string; petitionId: string };
  /** The next state, or null when there is none to press for (the notice of the last change stays). */
  to: "OPEN" | "CLOSED" | null;
  hint: string;
  button: string;
};

/** One button: open a draft, or close an open petition. Rendered in one place, so its notice survives the change. */
export function PetitionStatusForm({ meta, to, hint, button }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(changePetitionStatusAction, {});
  if (!to) return <FormNotice state={state} />;
  return (
    <form action={formAction}>
      {Object.entries(meta).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="to" value={to} />
      <FormNotice state={state} />
      <p className="muted" id={`status-${to}-hint`}>
        {hint}
      </p>
      <button type="submit" className={to === "OPEN" ? "button button--action" : "button"} disabled={pending} aria-describedby={`status-${to}-hint`}>
        {button}
      </button>
    </form>
  );
}
