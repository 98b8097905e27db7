// A 404 that Next raises in a page served from the cache (an unknown campaign, petition or news post)
// comes out as an empty document, `<html id="__next_error__">`, whose content only JavaScript renders
// (vercel/next.js#62228). A supporter whose browser runs no script (a safer browser mode, a bad
// connection) would see a blank page. This wraps a response: when it is such a 404, its body is replaced,
// status kept, by the page /<locale>/page-not-found (built at build time, read once per language from
// the server itself, its scripts taken out: a 404 needs none).

import zlib from "node:zlib";

const SHELL = '<html id="__next_error__"';

/** The body as sent to a browser that asked for compression (Next compresses after us), decoded. */
function decoded(body, encoding) {
  try {
    if (encoding === "gzip") return zlib.gunzipSync(body);
    if (encoding === "br") return zlib.brotliDecompressSync(body);
    if (encoding === "deflate") return zlib.inflateSync(body);
    return encoding ? null : body;
  } catch {
    return null;
  }
}

/** The replacement, encoded as the response already says it is (Next's compression sets the header). */
function encoded(text, encoding) {
  const body = Buffer.from(text, "utf8");
  if (encoding === "gzip") return zlib.gzipSync(body);
  if (encoding === "br") return zlib.brotliCompressSync(body);
  if (encoding === "deflate") return zlib.deflateSync(body);
  return body;
}

/** The page's HTML without its scripts and preloads of scripts (what is left reads alone). */
export function withoutScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<link\b[^>]*\bas="script"[^>]*>/gi, "");
}

/**
 * @param {(locale: string) => Promise<string | null>} notFoundPage the replacement HTML for a language
 * @param {readonly string[]} locales
 */
export function notFoundShellReplacer(notFoundPage, locales) {
  return function replaceShell(req, res) {
    if (req.method !== "GET") return;
    const locale = (req.url ?? "").split(/[/?#]/)[1] ?? "";
    if (!locales.includes(locale)) return;
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    /** null: not decided yet; false: pass through; an array: a 404 page being held back. */
    let held = null;
    const decide = () => {
      if (held === null) {
        const type = String(res.getHeader("content-type") ?? "");
        held = res.statusCode === 404 && type.startsWith("text/html") ? [] : false;
      }
      return held;
    };
    const asBuffer = (chunk, encoding) => (Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
    res.write = (chunk, encoding, callback) => {
      const buffer = decide();
      if (!buffer) return write(chunk, encoding, callback);
      buffer.push(asBuffer(chunk, encoding));
      const done = typeof encoding === "function" ? encoding : callback;
      if (typeof done === "function") queueMicrotask(() => done());
      return true;
    };
    res.end = (chunk, encoding, callback) => {
      if (typeof chunk === "function") [chunk, callback] = [undefined, chunk];
      if (typeof encoding === "function") [encoding, callback] = [undefined, encoding];
      const buffer = decide();
      if (!buffer) return end(chunk, encoding, callback);
      if (chunk !== undefined && chunk !== null) buffer.push(asBuffer(chunk, encoding));
      const body = Buffer.concat(buffer);
      const contentEncoding = String(res.getHeader("content-encoding") ?? "").trim().toLowerCase();
      const plain = decoded(body, contentEncoding);
      if (!plain || !plain.toString("utf8", 0, Math.min(plain.length, 200)).includes(SHELL)) {
        if (!res.headersSent) res.setHeader("content-length", body.length);
        return end(body, callback);
      }
      notFoundPage(locale)
        .catch(() => null)
        .then((page) => {
          if (!page) {
            if (!res.headersSent) res.setHeader("content-length", body.length);
            return end(body, callback);
          }
          const out = encoded(page, contentEncoding);
          if (!res.headersSent) res.setHeader("content-length", out.length);
          end(out, callback);
        });
      return res;
    };
  };
}

/** Reads /<locale>/page-not-found from the running server once per language (it only changes with a build). */
export function notFoundPageFrom(baseUrl) {
  const pages = new Map();
  return (locale) => {
    if (!pages.has(locale)) {
      const page = fetch(`${baseUrl}/${locale}/page-not-found`, { headers: { accept: "text/html" } })
        .then(async (response) => (response.ok ? withoutScripts(await response.text()) : null))
        .then((html) => {
          if (html === null) pages.delete(locale); // try again next time
          return html;
        });
      pages.set(locale, page);
    }
    return pages.get(locale);
  };
}

// A control character in a request's address (%00 to %1F, %7F; raw ones Node refuses itself) is never in
// an address of ours: a slug, an id or a query value holding one was forged. PostgreSQL refuses a NUL in a
// query with an error, so such an address reached a page's query and answered 500. Answered here instead,
// before Next, for every page, route and feed alike: 404, the not-found page in the address's language.
const CONTROL_IN_ADDRESS = /%(?:[01][0-9a-f]|7f)|[\u0000-\u001f\u007f]/i;

/** Whether the address (path and query, as sent) holds a control character. */
export function hasControlInAddress(url) {
  return CONTROL_IN_ADDRESS.test(url ?? "");
}

/**
 * Answers a forged address itself (and says true), or leaves the request to Next (false).
 * @param {(locale: string) => Promise<string | null>} notFoundPage the 404 page for a language
 * @param {readonly string[]} locales the first is the default
 */
export function forgedAddressAnswerer(notFoundPage, locales) {
  return function answerForgedAddress(req, res) {
    if (!hasControlInAddress(req.url)) return false;
    const first = (req.url ?? "").split(/[/?#]/)[1] ?? "";
    const locale = locales.includes(first) ? first : locales[0];
    notFoundPage(locale)
      .catch(() => null)
      .then((page) => {
        res.statusCode = 404;
        res.setHeader("content-type", page ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
        res.setHeader("cache-control", "no-store");
        res.end(req.method === "HEAD" ? undefined : (page ?? "404"));
      });
    return true;
  };
}
