import { exportResponse } from "@/lib/petitions/export/export-request";

// Download: signatures.csv of one petition, for its organisers (see lib/petitions/export/export-request.ts).
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; campaign: string; petition: string }> }) {
  return exportResponse(request, await params, "signatures.csv");
}
