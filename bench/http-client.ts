import http from "node:http";
import { TimeoutError } from "./load";

// A small keep-alive HTTP client for loopback only (node:http, lighter on the CPU the server shares
// with us than fetch). Answers are never followed: a redirect is the answer being measured.

export type Answer = { status: number; location: string | null; body: string };

export type HttpClient = {
  request(method: "GET" | "POST", path: string, options?: { headers?: Record<string, string>; body?: string; keepBody?: boolean }): Promise<Answer>;
  close(): void;
};

export function httpClient(baseUrl: string, maxSockets: number): HttpClient {
  const base = new URL(baseUrl);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(base.hostname)) throw new Error(`the benchmark only talks to loopback, not ${base.hostname}`);
  // With a timeout set, the agent closes an idle socket a second before the server's announced
  // keep-alive timeout (Keep-Alive: timeout=…); without one it would reuse a socket the server is
  // closing, and the request fails with ECONNRESET.
  const agent = new http.Agent({ keepAlive: true, maxSockets, timeout: 60_000 });
  return {
    request(method, path, { headers = {}, body, keepBody = false } = {}) {
      return new Promise<Answer>((resolve, reject) => {
        const req = http.request(
          { host: base.hostname, port: base.port, path, method, agent, headers: body === undefined ? headers : { ...headers, "content-length": Buffer.byteLength(body) } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (chunk: Buffer) => void (keepBody && chunks.push(chunk)));
            res.on("end", () => resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? null, body: Buffer.concat(chunks).toString("utf8") }));
            res.on("error", reject);
          },
        );
        req.setTimeout(10_000, () => req.destroy(new TimeoutError(`${method} ${path}: no answer within 10 s`)));
        req.on("error", reject);
        req.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}

/** application/x-www-form-urlencoded, as a browser sends a form without an enctype. */
export function urlencoded(fields: Record<string, string>): { contentType: string; body: string } {
  return { contentType: "application/x-www-form-urlencoded", body: new URLSearchParams(fields).toString() };
}

/** multipart/form-data, as a browser sends a form with enctype="multipart/form-data" (text fields only). */
export function multipart(fields: Record<string, string>): { contentType: string; body: string } {
  const boundary = `----PlacardBench${Math.random().toString(16).slice(2)}`;
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: `${parts.join("")}--${boundary}--\r\n` };
}
