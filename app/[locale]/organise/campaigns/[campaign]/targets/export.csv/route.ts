import { notFound } from "next/navigation";
import { requireCampaign } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { isLocale } from "@/lib/i18n/config";
import { exportDirectoryCsv } from "@/lib/targets/directory";

// Download: the campaign's directory as CSV, for those who may edit it (the capability is in the query too).
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; campaign: string }> }) {
  const { locale, campaign: slug } = await params;
  if (!isLocale(locale)) notFound();
  const { user, campaign } = await requireCampaign(slug, "targets.edit", locale);
  const csv = await exportDirectoryCsv(await getDb(), user, campaign.slug);
  if (csv === null) notFound();
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${campaign.slug.replace(/[^A-Za-z0-9._-]/g, "_")}-targets.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
