import { Readable } from "node:stream";
import { z } from "zod";
import { notFound } from "next/navigation";
import { getDb } from "../../db";
import { requireCampaign } from "../../auth/session";
import { recordAudit } from "../../audit/record";
import { isLocale, locales, type Locale } from "../../i18n/config";
import { findPetitionForExport, type ExportOptions } from "./export-data";
import { signaturesCsv, sponsorsCsv } from "./csv";
import { petitionPdf } from "./pdf";
import { plainTextOnly } from "../../forms/plain-text";

// The three export downloads, behind one guard: the organiser of the campaign (or an admin), the
// petition found with the permission in its where, the options parsed strictly, the export written to
// the audit log (who took which personal data, when), then the file streamed as an attachment.

export type ExportKind = "signatures.csv" | "sponsors.csv" | "petition.pdf";

const querySchema = plainTextOnly(z.strictObject({
  target: z.string().max(64).optional(),
  lang: z.enum(locales).optional(),
  emails: z.literal("1").optional(),
  hidden: z.literal("1").optional(),
}));

type RouteParams = { locale: string; campaign: string; petition: string };

export async function exportResponse(request: Request, params: RouteParams, kind: ExportKind): Promise<Response> {
  if (!isLocale(params.locale)) notFound();
  const { user, campaign } = await requireCampaign(params.campaign, "supporters.export", params.locale);
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return new Response("Bad request: unknown or invalid export option.\n", { status: 400 });
  const lang: Locale = query.data.lang ?? params.locale;
  const options: ExportOptions = {
    lang,
    targetId: query.data.target || null,
    includeEmails: query.data.emails === "1",
    includeHiddenNames: query.data.hidden === "1",
  };
  const db = await getDb();
  const petition = await findPetitionForExport(db, user, campaign.id, params.petition, options);
  if (!petition) notFound();

  await recordAudit(db.prisma, {
    actorId: user.id,
    actorEmail: user.email,
    campaignId: campaign.id,
    action: "petition.exported",
    subjectType: "Petition",
    subjectId: petition.id,
    details: { file: kind, lang, targetId: options.targetId, includeEmails: options.includeEmails, includeHiddenNames: options.includeHiddenNames },
  });

  const stamp = new Date().toISOString().slice(0, 10);
  const target = petition.targetSlug ? `-to-${petition.targetSlug}` : "";
  const base = `${petition.campaignSlug}-${petition.slug}${target}-${stamp}`;
  const headers = {
    "Cache-Control": "no-store",
    "X-Robots-Tag": "noindex",
    "X-Content-Type-Options": "nosniff",
  };
  if (kind === "petition.pdf") {
    const body = Readable.toWeb(petitionPdf(db, petition, lang, options)) as ReadableStream<Uint8Array>;
    return new Response(body, {
      headers: { ...headers, "Content-Type": "application/pdf", "Content-Disposition": attachment(`${base}.pdf`) },
    });
  }
  const chunks = kind === "signatures.csv" ? signaturesCsv(db, petition, lang, options) : sponsorsCsv(db, petition, lang, options);
  const name = kind === "signatures.csv" ? `${base}-signatures.csv` : `${base}-sponsors.csv`;
  return new Response(streamOf(chunks), {
    headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachment(name) },
  });
}

/** Slugs are ASCII already; anything else is replaced so the header stays valid. */
function attachment(filename: string): string {
  return `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`;
}

function streamOf(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
