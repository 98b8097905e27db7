"use client";

import { useActionState } from "react";
import { bulkModerationAction } from "@/lib/signatures/moderation-actions";
import type { OrganiserFormState } from "@/lib/petitions/organiser-form";
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
  const [state, formAction, pending] = useActionState<OrganiserFormState, FormData>(bulkModerationAction, {});
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
        <div className={reasonError ? "field field--invalid" : "field"}>
          <label htmlFor="bulk-reason">{labels.reason}</label>
          <span className="hint" id="bulk-reason-hint">
            {labels.reasonHint}
          </span>
          <input
            id="bulk-reason"
            name="reason"
            type="text"
            required
            maxLength={500}
            defaultValue={typeof state.values?.reason === "string" ? state.values.reason : ""}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? "bulk-reason-hint bulk-reason-error" : "bulk-reason-hint"}
          />
          {reasonError ? (
            <p className="field-error" id="bulk-reason-error">
              {reasonError}
            </p>
          ) : null}
        </div>
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
