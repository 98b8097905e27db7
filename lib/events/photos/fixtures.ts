import sharp from "sharp";

// Photos as phones make them, for tests: a JPEG carrying the camera and a GPS position in its EXIF.

/** 50°56'33" N, 6°57'30" E: Cologne, as a phone writes it (three rationals each). */
const LATITUDE = [50, 56, 33] as const;

export async function jpegWithGps({ width = 640, height = 480 } = {}): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#7a4b2e" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneMaker", Model: "Fieldphone 7", Software: "PhoneOS 3" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: LATITUDE.map((n) => `${n}/1`).join(" "), GPSLongitudeRef: "E", GPSLongitude: "6/1 57/1 30/1" },
    })
    .toBuffer();
}

/** Whether the bytes hold the fixture's latitude as EXIF rationals (either byte order). */
export function holdsGpsLatitude(bytes: Buffer): boolean {
  for (const littleEndian of [true, false]) {
    const pattern = Buffer.alloc(24);
    LATITUDE.forEach((n, i) => {
      if (littleEndian) {
        pattern.writeUInt32LE(n, i * 8);
        pattern.writeUInt32LE(1, i * 8 + 4);
      } else {
        pattern.writeUInt32BE(n, i * 8);
        pattern.writeUInt32BE(1, i * 8 + 4);
      }
    });
    if (bytes.includes(pattern)) return true;
  }
  return false;
}

export async function png({ width = 320, height = 200, alpha = false } = {}): Promise<Buffer> {
  return sharp({ create: { width, height, channels: alpha ? 4 : 3, background: alpha ? { r: 0, g: 90, b: 40, alpha: 0.5 } : "#005a28" } }).png().toBuffer();
}

export async function webp(): Promise<Buffer> {
  return sharp({ create: { width: 300, height: 300, channels: 3, background: "#204080" } }).webp().toBuffer();
}

export const SVG = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
