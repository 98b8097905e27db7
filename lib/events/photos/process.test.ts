import assert from "node:assert/strict";
import { describe, it } from "node:test";
import sharp from "sharp";
import { holdsGpsLatitude, jpegWithGps, png, SVG, webp } from "./fixtures";
import { MAX_PHOTO_BYTES, processPhoto } from "./process";

describe("a report's photo", () => {
  it("comes out as a new JPEG without the camera, the GPS position or any other metadata of the upload", async () => {
    const upload = await jpegWithGps();
    const before = await sharp(upload).metadata();
    assert.ok(before.exif && holdsGpsLatitude(upload) && upload.includes(Buffer.from("PhoneMaker")), "the fixture carries a camera and a position");
    const result = await processPhoto({ name: "picket.jpg", type: "image/jpeg", bytes: upload });
    assert.ok(result.ok);
    const after = await sharp(result.photo.bytes).metadata();
    assert.equal(after.format, "jpeg");
    assert.equal(after.exif, undefined);
    assert.equal(after.xmp, undefined);
    assert.equal(after.iptc, undefined);
    assert.equal(holdsGpsLatitude(result.photo.bytes), false);
    assert.equal(result.photo.bytes.includes(Buffer.from("PhoneMaker")), false);
    assert.deepEqual([result.photo.width, result.photo.height], [640, 480]);
  });

  it("is scaled down to 2000 pixels on its longer side, and a PNG with transparency or a WebP becomes a JPEG", async () => {
    const big = await processPhoto({ name: "wide.png", type: "image/png", bytes: await png({ width: 4000, height: 1000, alpha: true }) });
    assert.ok(big.ok);
    assert.deepEqual([big.photo.width, big.photo.height, big.photo.mimeType], [2000, 500, "image/jpeg"]);
    const fromWebp = await processPhoto({ name: "crowd.webp", type: "image/webp", bytes: await webp() });
    assert.ok(fromWebp.ok);
    assert.equal((await sharp(fromWebp.photo.bytes).metadata()).format, "jpeg");
  });

  it("refuses an SVG, a text file, a PNG named .jpg, a JPEG declared as PNG, a file past 10 MB and one cut short, each with its own message", async () => {
    const jpeg = await jpegWithGps();
    const cases: [string, string, Buffer, string][] = [
      ["drawing.svg", "image/svg+xml", SVG, "eventReport.errors.photoSvg"],
      ["drawing.jpg", "image/jpeg", SVG, "eventReport.errors.photoSvg"],
      ["notes.jpg", "image/jpeg", Buffer.from("just some text, not a photo at all"), "eventReport.errors.photoNotImage"],
      ["banner.jpg", "image/jpeg", await png(), "eventReport.errors.photoMismatch"],
      ["banner.jpg", "image/png", jpeg, "eventReport.errors.photoMismatch"],
      ["huge.jpg", "image/jpeg", Buffer.concat([jpeg, Buffer.alloc(MAX_PHOTO_BYTES)]), "eventReport.errors.photoTooLarge"],
      ["cut.jpg", "image/jpeg", jpeg.subarray(0, Math.floor(jpeg.length / 2)), "eventReport.errors.photoUnreadable"],
    ];
    for (const [name, type, bytes, error] of cases) {
      const result = await processPhoto({ name, type, bytes });
      assert.deepEqual(result, { ok: false, error }, name);
    }
  });

  it("refuses a photo of more than 40 million pixels before decoding it", async () => {
    const bomb = await sharp({ create: { width: 8000, height: 6000, channels: 3, background: "#000" } }).png({ compressionLevel: 9 }).toBuffer();
    assert.ok(bomb.length < MAX_PHOTO_BYTES, "small on disk");
    assert.deepEqual(await processPhoto({ name: "bomb.png", type: "image/png", bytes: bomb }), { ok: false, error: "eventReport.errors.photoTooManyPixels" });
  });
});
