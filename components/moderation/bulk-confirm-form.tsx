"use client";

import { useActionState } from "react";
import { bulkModerationAction } from "@/lib/signatures/moderation-actions";
import type { FormState } from "@/lib/forms/form-state";
import { Field } from "@/components/forms/field";
import { HiddenFields } from "./hidden-fields";

type Props = {
  context: Record<string, string>;
  kind: "invalidate" | "clear";
  expectedCount: number;
  cancelHref: string;
  labels: { reason: string; reasonHint: string; submit: string; cancel: string };
};

/** The second step of a bulk action: the number is fixed, a reason is given, then it happens. */
export function BulkConfirmForm({ context, kind, expectedCount, cancelHref, labels }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(bulkModerationAction, {});
  const reasonError = state.fieldErrors?.reason;
  return (
    <form action={formAction}>
      <HiddenFields values={{ ...context, kind, expectedCount: String(expectedCount) }} />
      <div aria-live="polite">
        {state.formError ? (
          <p className="notice notice--error" role="alert">
            {state.formError}
          </p>
        ) : null}
      </div>
      {kind === "invalidate" ? (
        <Field id="bulk-reason" label={labels.reason} hint={labels.reasonHint} error={reasonError}>
          {(control) => (
            <input name="reason" type="text" required maxLength={500} defaultValue={typeof state.values?.reason === "string" ? state.values.reason : ""} {...control} />
          )}
        </Field>
      ) : null}
      <p>
        <button type="submit" className="button button--action" disabled={pending}>
          {labels.submit}
        </button>{" "}
        <a href={cancelHref}>{labels.cancel}</a>
      </p>
    </form>
  );
}
