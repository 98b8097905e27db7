"use client";

import dynamic from "next/dynamic";
import { useParams } from "next/navigation";

// Error boundaries run in the browser. The message component (and the catalogues it needs) is its own
// chunk, loaded only when an error happens, so ordinary pages carry no translations in their JavaScript.
const ErrorMessage = dynamic(() => import("@/components/content/error-message"));

export default function LocaleError({ retry }: { error: unknown; retry: () => void }) {
  const params = useParams<{ locale?: string }>();
  return <ErrorMessage locale={params?.locale ?? ""} retry={retry} />;
}
