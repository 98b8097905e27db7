"use client";

/** Opens the browser's print dialog (the hint beside it says how to print without JavaScript). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
