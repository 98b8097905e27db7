import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { photoStorage } from "@/lib/events/photos/storage";
import { answerReportRequest } from "@/lib/events/report-request";

// The host's report with its photos (lib/events/report-request.ts). The token in the address is the
// permission, as on the host's page it comes from.

export async function POST(request: Request): Promise<Response> {
  const { appUrl, authSecret } = env();
  return answerReportRequest(request, { db: getDb, storage: photoStorage, appUrl, secret: authSecret });
}
