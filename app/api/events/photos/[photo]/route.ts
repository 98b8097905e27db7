import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { photoStorage } from "@/lib/events/photos/storage";
import { servePhoto } from "@/lib/events/photos/serve";

// A report's photo, re-encoded without its metadata (lib/events/photos/process.ts), for those who may
// see it (lib/events/photos/serve.ts). Public photos may be cached; the moderators' view is not.

export async function GET(_request: Request, { params }: { params: Promise<{ photo: string }> }): Promise<Response> {
  const { photo: id } = await params;
  const photo = await servePhoto(await getDb(), await photoStorage(), id, await getCurrentUser());
  if (!photo) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(photo.bytes), {
    headers: {
      "content-type": "image/jpeg",
      "content-length": String(photo.bytes.length),
      "x-content-type-options": "nosniff",
      "content-disposition": "inline",
      "cache-control": photo.public ? "public, max-age=3600" : "private, no-store",
    },
  });
}
