import { after } from "next/server";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { readSignEndpointPath } from "@/lib/petitions/paths";
import { answerSignPageRequest, answerSignRequest } from "@/lib/signatures/sign-request";

// Where the sign form posts, with or without JavaScript: /api/sign?locale=…&campaign=…&petition=…
// (lib/petitions/paths.ts, signEndpointPath; lib/signatures/sign-request.ts does the work). A path without
// parameters: in a surge, Next matches it without trying its dynamic routes (docs/decisions/015). What a
// repeat signature may still do (a reminder) runs after the answer has been sent (after()), so the time
// to answer does not tell whether the address had signed.

const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function POST(request: Request): Promise<Response> {
  const named = readSignEndpointPath(new URL(request.url));
  if (!named) return notFound();
  const { appUrl, trustedProxy, authSecret } = env();
  return answerSignRequest(request, { ...named, db: getDb, appUrl, trustedProxy, secret: authSecret, runAfter: (work) => after(work) });
}

export function GET(request: Request): Response {
  const named = readSignEndpointPath(new URL(request.url));
  return named ? answerSignPageRequest(named) : notFound();
}
