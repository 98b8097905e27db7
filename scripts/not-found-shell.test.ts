import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { after, before, describe, it } from "node:test";
import { forgedAddressAnswerer, hasControlInAddress, notFoundShellReplacer, withoutScripts } from "./not-found-shell.mjs";

// The front of `npm start` replaces Next's empty 404 document (vercel/next.js#62228) with the 404 page
// that reads without JavaScript. A real HTTP server on loopback, answers written the ways Next writes them.

const SHELL = '<!DOCTYPE html><html id="__next_error__"><head><title>Placard</title></head><body><div hidden=""></div><script>self.__next_f.push([1,"x"])</script></body></html>';
const PAGE = '<!DOCTYPE html><html lang="ru"><head><link rel="preload" as="script" href="/a.js"/><script src="/a.js" async=""></script></head><body><main><h1>Страница не найдена</h1></main><script>self.__next_f.push([1,"y"])</script></body></html>';

let server: http.Server;
let base: string;
const asked: string[] = [];

before(async () => {
  const replace = notFoundShellReplacer(async (locale: string) => {
    asked.push(locale);
    return withoutScripts(PAGE);
  }, ["en", "ru"]);
  server = http.createServer((req, res) => {
    replace(req, res);
    const url = req.url ?? "";
    res.setHeader("content-type", "text/html; charset=utf-8");
    if (url.includes("streamed-404")) {
      res.statusCode = 404;
      res.write(SHELL.slice(0, 40));
      res.write(SHELL.slice(40));
      res.end();
    } else if (url.includes("cached-404")) {
      res.statusCode = 404;
      res.setHeader("content-length", Buffer.byteLength(SHELL));
      res.end(SHELL);
    } else if (url.includes("gzipped-404")) {
      res.statusCode = 404;
      res.setHeader("content-encoding", "gzip");
      res.end(zlib.gzipSync(SHELL));
    } else if (url.includes("real-404")) {
      res.statusCode = 404;
      res.end("<!DOCTYPE html><html lang=\"en\"><body><h1>Page not found</h1></body></html>");
    } else {
      res.end("<!DOCTYPE html><html><body><h1>A petition</h1></body></html>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the 404 that reads without JavaScript", () => {
  it("replaces the empty 404 document, streamed or whole, with the page in the reader's language, status kept", async () => {
    for (const path of ["/ru/campaigns/streamed-404", "/ru/campaigns/cached-404", "/ru/campaigns/gzipped-404"]) {
      const response = await fetch(base + path);
      assert.equal(response.status, 404);
      const body = await response.text(); // fetch decodes gzip as a browser does
      assert.match(body, /<h1>Страница не найдена<\/h1>/);
      assert.doesNotMatch(body, /<script|__next_error__|as="script"/);
      if (!path.includes("gzipped")) assert.equal(response.headers.get("content-length"), String(Buffer.byteLength(body)));
    }
    assert.deepEqual([...new Set(asked)], ["ru"]);
  });

  it("leaves every other answer as it was: pages, a 404 that has its content, addresses without a language", async () => {
    const page = await fetch(`${base}/en/campaigns/zhanaozen`);
    assert.equal(page.status, 200);
    assert.equal(await page.text(), "<!DOCTYPE html><html><body><h1>A petition</h1></body></html>");
    const real = await fetch(`${base}/en/real-404`);
    assert.equal(real.status, 404);
    assert.match(await real.text(), /<h1>Page not found<\/h1>/);
    const noLanguage = await fetch(`${base}/xx/cached-404`);
    assert.match(await noLanguage.text(), /__next_error__/);
  });
});

describe("an address with a control character in it", () => {
  it("is told from the addresses our pages write: a NUL, an escape or a line break, encoded or not; not a letter that is encoded", () => {
    for (const url of ["/en/campaigns/zhanaozen%00", "/en/news/%1b", "/en/organise?x=%0A", "/en/x%7F", "/ru/%0d%0aSet-Cookie"]) assert.equal(hasControlInAddress(url), true, url);
    for (const url of ["/en/campaigns/zhanaozen", "/ru/campaigns/%D0%B6%D0%B0", "/en/organise/campaigns/zhanaozen/signatures?domain=example.org&page=2", "/en/x%20y", "/en/%2F"]) assert.equal(hasControlInAddress(url), false, url);
  });

  it("is answered 404 with the not-found page in the address's language, and the request goes no further", async () => {
    const pages: Record<string, string> = { en: "<h1>Page not found</h1>", ru: "<h1>Страница не найдена</h1>" };
    const answer = forgedAddressAnswerer(async (locale) => pages[locale] ?? null, ["en", "ru"]);
    let reachedApp = 0;
    const front = http.createServer((req, res) => {
      if (answer(req, res)) return;
      reachedApp++;
      res.end("the app");
    });
    await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
    const at = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
    try {
      const ru = await fetch(`${at}/ru/campaigns/zhanaozen%00`);
      assert.equal(ru.status, 404);
      assert.equal(ru.headers.get("cache-control"), "no-store");
      assert.equal(await ru.text(), pages.ru);
      const api = await fetch(`${at}/api/sign?campaign=%00`, { method: "POST", body: "x=1" });
      assert.equal(api.status, 404);
      assert.equal(await api.text(), pages.en, "an address without a language gets the default language's page");
      assert.equal(reachedApp, 0);
      assert.equal(await (await fetch(`${at}/ru/campaigns/zhanaozen`)).text(), "the app");
      assert.equal(reachedApp, 1);
    } finally {
      await new Promise<void>((resolve) => front.close(() => resolve()));
    }
  });
});
