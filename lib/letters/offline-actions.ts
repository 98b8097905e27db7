"use server";

import { headers } from "next/headers";
import { getDb } from "../db";
import { env } from "../env";
import { clientIpFrom } from "../security/client-ip";
import { openInMailApp } from "./offline-mailto";
import type { MailAppState } from "./offline-state";

// "Open in my mail app", the composer form's second button (components/letters/other-ways.tsx): works
// with useActionState, with or without JavaScript. The work is in offline-mailto.ts.

export async function openInMailAppAction(_previous: MailAppState, formData: FormData): Promise<MailAppState> {
  const ip = clientIpFrom(await headers(), env().trustedProxy);
  return openInMailApp(await getDb(), formData, { ip });
}
