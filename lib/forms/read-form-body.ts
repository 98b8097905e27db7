// A form posted to a route handler, read the way a browser sends it: urlencoded (a plain <form>, and
// URLSearchParams from a script) or multipart/form-data (enctype="multipart/form-data"; text fields
// only, files are dropped). Bodies over `limit` bytes are refused (413) whether or not they say their
// length; other content types get 415, a multipart body that cannot be parsed 400.
// Repeated names keep their last value, as lib/forms/form-fields.ts does.

export const FORM_BODY_LIMIT = 16 * 1024;

const URLENCODED = "application/x-www-form-urlencoded";
const MULTIPART = "multipart/form-data";

export type FormBody = { ok: true; fields: Record<string, string> } | { ok: false; status: 400 | 413 | 415 };

export async function readFormBody(request: Request, limit = FORM_BODY_LIMIT): Promise<FormBody> {
  const contentType = request.headers.get("content-type") ?? "";
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (type !== URLENCODED && type !== MULTIPART) return { ok: false, status: 415 };
  const declared = Number(request.headers.get("content-length"));
  if (declared > limit) return { ok: false, status: 413 };
  const bytes = await readAtMost(request, limit);
  if (!bytes) return { ok: false, status: 413 };

  const fields: Record<string, string> = {};
  if (type === URLENCODED) {
    for (const [name, value] of new URLSearchParams(new TextDecoder().decode(bytes))) fields[name] = value;
    return { ok: true, fields };
  }
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "content-type": contentType } }).formData();
  } catch {
    return { ok: false, status: 400 };
  }
  for (const [name, value] of form) if (typeof value === "string") fields[name] = value;
  return { ok: true, fields };
}

export type UploadedFile = { name: string; type: string; bytes: Uint8Array };
export type FormWithFiles = { ok: true; fields: Record<string, string>; files: Record<string, UploadedFile[]> } | { ok: false; status: 400 | 413 | 415 };

/**
 * A multipart form with files (enctype="multipart/form-data"), refused (413) past `limit` bytes in all,
 * whether or not it says its length. Empty file inputs (a browser sends a nameless empty part) are dropped.
 */
export async function readFormWithFiles(request: Request, limit: number): Promise<FormWithFiles> {
  const contentType = request.headers.get("content-type") ?? "";
  if (contentType.split(";")[0]!.trim().toLowerCase() !== MULTIPART) return { ok: false, status: 415 };
  if (Number(request.headers.get("content-length")) > limit) return { ok: false, status: 413 };
  const bytes = await readAtMost(request, limit);
  if (!bytes) return { ok: false, status: 413 };
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "content-type": contentType } }).formData();
  } catch {
    return { ok: false, status: 400 };
  }
  const fields: Record<string, string> = {};
  const files: Record<string, UploadedFile[]> = {};
  for (const [name, value] of form) {
    if (typeof value === "string") fields[name] = value;
    else if (value.size > 0 || value.name !== "") (files[name] ??= []).push({ name: value.name, type: value.type, bytes: new Uint8Array(await value.arrayBuffer()) });
  }
  return { ok: true, fields, files };
}

/** The whole body, or null as soon as it passes `limit` bytes (the rest is not read). */
async function readAtMost(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
