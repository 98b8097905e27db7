import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { handleBounceReport } from "@/lib/letters/delivery-bounce-report";
import { clientIpFrom } from "@/lib/security/client-ip";

// Bounces reported after a letter left (lib/letters/delivery-bounce-report.ts). Off (404) without LETTER_BOUNCE_SECRET.

export const dynamic = "force-dynamic";

const plain = (body: string, status: number) => new Response(`${body}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function POST(request: Request): Promise<Response> {
  const config = env();
  if (!config.letterBounceSecret) return plain("Not found", 404);
  if (Number(request.headers.get("content-length") ?? 0) > 4096) return plain("Payload too large", 413);
  let body: unknown;
  try {
    body = JSON.parse((await request.text()).slice(0, 4096));
  } catch {
    return plain("Expected JSON", 400);
  }
  const answer = await handleBounceReport(await getDb(), {
    secret: config.letterBounceSecret,
    authorization: request.headers.get("authorization"),
    clientIp: clientIpFrom(request.headers, config.trustedProxy),
    body,
  });
  return plain(answer.body, answer.status);
}
