import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { answerSignPageRequest, answerSignRequest } from "@/lib/signatures/sign-request";

// Where the sign form posts, with or without JavaScript (lib/signatures/sign-request.ts does the work).

type Context = { params: Promise<{ locale: string; campaign: string; petition: string }> };

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { locale, campaign, petition } = await params;
  const { appUrl, trustedProxy, authSecret } = env();
  const address = { campaignSlug: campaign, petitionSlug: petition };
  return answerSignRequest(request, { locale, address, db: getDb, appUrl, trustedProxy, secret: authSecret });
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, campaign, petition } = await params;
  return answerSignPageRequest({ locale, address: { campaignSlug: campaign, petitionSlug: petition } });
}
