import sharp from "sharp";

// A report's photo, as uploaded, becomes a new file: decoded, turned upright, scaled down to at most
// MAX_EDGE pixels and written again as JPEG from its pixels alone. Nothing of the upload's metadata
// survives (sharp keeps none unless asked: no EXIF, no GPS, no camera serial, no XMP, no ICC beyond
// sRGB), so a picket's photo cannot place its author. The upload itself is never stored.
//
// Refused before decoding: more than MAX_BYTES, a file that is not JPEG, PNG or WebP by its first bytes
// (an SVG, a PDF, a script renamed .jpg), and a file whose name or declared type says one format while
// its bytes are another. Refused while decoding: more than MAX_PIXELS (a "decompression bomb"), or a
// file the decoder cannot read to the end.

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_PHOTO_PIXELS = 40_000_000;
export const MAX_PHOTOS = 6;
const MAX_EDGE = 2000;
const QUALITY = 82;

export type PhotoFormat = "jpeg" | "png" | "webp";
export type Upload = { name: string; type: string; bytes: Uint8Array };
export type ProcessedPhoto = { bytes: Buffer; mimeType: "image/jpeg"; width: number; height: number };
export type PhotoRefusal =
  | "eventReport.errors.photoTooLarge"
  | "eventReport.errors.photoNotImage"
  | "eventReport.errors.photoSvg"
  | "eventReport.errors.photoMismatch"
  | "eventReport.errors.photoTooManyPixels"
  | "eventReport.errors.photoUnreadable";

/** The format the first bytes say, or null. */
export function sniffFormat(bytes: Uint8Array): PhotoFormat | null {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return "jpeg";
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b(i) === v)) return "png";
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "webp";
  return null;
}

const BY_EXTENSION: Record<string, PhotoFormat> = { jpg: "jpeg", jpeg: "jpeg", jfif: "jpeg", png: "png", webp: "webp" };
const BY_TYPE: Record<string, PhotoFormat> = { "image/jpeg": "jpeg", "image/jpg": "jpeg", "image/pjpeg": "jpeg", "image/png": "png", "image/webp": "webp" };

function looksLikeSvg(upload: Upload): boolean {
  if (/\.svgz?$/i.test(upload.name) || /svg/i.test(upload.type)) return true;
  const head = new TextDecoder("utf-8", { fatal: false }).decode(upload.bytes.subarray(0, 512)).trimStart().toLowerCase();
  return head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg"));
}

/** What is wrong with an upload before it is decoded, or its format. */
export function checkUpload(upload: Upload): { ok: true; format: PhotoFormat } | { ok: false; error: PhotoRefusal } {
  if (upload.bytes.length > MAX_PHOTO_BYTES) return { ok: false, error: "eventReport.errors.photoTooLarge" };
  if (looksLikeSvg(upload)) return { ok: false, error: "eventReport.errors.photoSvg" };
  const format = sniffFormat(upload.bytes);
  if (!format) return { ok: false, error: "eventReport.errors.photoNotImage" };
  const extension = /\.([a-z0-9]+)$/i.exec(upload.name)?.[1]?.toLowerCase();
  const byName = extension ? BY_EXTENSION[extension] : undefined;
  const byType = BY_TYPE[upload.type.toLowerCase()];
  // A name with another image's extension (or none we know), or a declared type of another format.
  if ((extension && byName !== format) || (upload.type && upload.type !== "application/octet-stream" && byType !== format)) {
    return { ok: false, error: "eventReport.errors.photoMismatch" };
  }
  return { ok: true, format };
}

/** The new file made from an upload's pixels, or why there is none. */
export async function processPhoto(upload: Upload): Promise<{ ok: true; photo: ProcessedPhoto } | { ok: false; error: PhotoRefusal }> {
  const checked = checkUpload(upload);
  if (!checked.ok) return checked;
  try {
    const input = sharp(upload.bytes, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: "error", animated: false });
    const meta = await input.metadata();
    if (meta.format !== checked.format) return { ok: false, error: "eventReport.errors.photoMismatch" };
    const { data, info } = await input
      .rotate() // upright by the EXIF orientation, which then goes with the rest
      .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" }) // a transparent PNG on white, as JPEG has no transparency
      .toColourspace("srgb")
      .jpeg({ quality: QUALITY, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, photo: { bytes: data, mimeType: "image/jpeg", width: info.width, height: info.height } };
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    if (/pixel limit/i.test(message)) return { ok: false, error: "eventReport.errors.photoTooManyPixels" };
    return { ok: false, error: "eventReport.errors.photoUnreadable" };
  }
}
