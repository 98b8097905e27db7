import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { answerMailAppPageRequest } from "@/lib/letters/offline-mail-app-page";

// "Open in my mail app" without JavaScript posts here (lib/letters/offline-mail-app-page.ts does the work).

export async function POST(request: Request): Promise<Response> {
  const { appUrl, trustedProxy } = env();
  return answerMailAppPageRequest(request, { db: getDb, appUrl, trustedProxy });
}
