import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { answerPrintRequest } from "@/lib/letters/offline-print";

// The composer form's "Print (PDF)" button posts here (lib/letters/offline-print.ts does the work).

export async function POST(request: Request): Promise<Response> {
  const { appUrl, trustedProxy } = env();
  return answerPrintRequest(request, { db: getDb, appUrl, trustedProxy });
}
