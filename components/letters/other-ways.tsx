"use client";

import { startTransition, useActionState, useSyncExternalStore, type MouseEvent } from "react";
import { openInMailAppAction } from "@/lib/letters/offline-actions";
import type { OtherWaysLabels } from "@/lib/letters/offline-labels";
import { initialMailAppState } from "@/lib/letters/offline-state";
import { MailAppResult } from "./mail-app-result";

// The composer form's other two ways of sending, as submit buttons of that same form (formAction), so
// that they post its fields: "Open in my mail app" and "Print (PDF)". Print always posts to
// /api/letters/print, which answers the PDF. "Open in my mail app" posts, without JavaScript, to
// /api/letters/mail-app, which answers a small page with the links; once the page has JavaScript, the
// button calls openInMailAppAction through its own useActionState and the links appear under the buttons.
// (A server action on a button, without JavaScript, cannot carry its own state when the form's own
// action has a useActionState too: React sends the form's state key first, so the button's state
// would be dropped. Hence the plain post until the page is hydrated.)

const noSubscription = () => () => {};

export function OtherWaysButtons({ labels }: { labels: OtherWaysLabels }) {
  const [state, dispatch, pending] = useActionState(openInMailAppAction, initialMailAppState);
  // False in the server's HTML and before hydration, true once React runs in the browser.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  // Not formAction={dispatch}: React resets a form after its action, and the supporter's name and address
  // would be gone before they print or send. The form's fields are read and dispatched, the form kept.
  const openInMailApp = (event: MouseEvent<HTMLButtonElement>) => {
    const form = event.currentTarget.form;
    if (!form) return;
    event.preventDefault();
    const fields = new FormData(form);
    startTransition(() => dispatch(fields));
  };
  return (
    <div className="other-ways">
      <p className="hint">{labels.hint}</p>
      <p className="other-ways__buttons">
        {hydrated ? (
          <button type="submit" className="button button--quiet" onClick={openInMailApp} formNoValidate disabled={pending}>
            {labels.openInMailApp}
          </button>
        ) : (
          <button type="submit" className="button button--quiet" formAction="/api/letters/mail-app" formMethod="post" formEncType="application/x-www-form-urlencoded" formNoValidate>
            {labels.openInMailApp}
          </button>
        )}{" "}
        <button type="submit" className="button button--quiet" formAction="/api/letters/print" formMethod="post" formEncType="application/x-www-form-urlencoded" formTarget="_blank" formNoValidate>
          {labels.print}
        </button>
      </p>
      <MailAppResult state={state} />
    </div>
  );
}
