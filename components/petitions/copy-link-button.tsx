"use client";

import { useState } from "react";

/** Copies the link when the browser allows it; without JavaScript the link field beside it is enough. */
export function CopyLinkButton({ url, label, doneLabel }: { url: string; label: string; doneLabel: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(url);
            setCopied(true);
          } catch {
            setCopied(false);
          }
        }}
      >
        {label}
      </button>
      <span role="status" aria-live="polite" className="visually-hidden">
        {copied ? doneLabel : ""}
      </span>
    </>
  );
}
