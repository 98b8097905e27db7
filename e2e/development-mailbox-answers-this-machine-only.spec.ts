import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import { test, expect } from "./support/fixtures";
import { startOwnServer } from "./support/own-server";
import { E2E_ADMIN_EMAIL } from "./support/ports";

// Someone runs `npm start` on a laptop with nothing configured: the development mailbox is on, and it
// holds every sign-in link, an admin's among them. Other machines on the network must not reach the app
// at all, and the mailbox must answer only a person at this machine, never a request relayed from elsewhere.

test.setTimeout(420_000);

const hasIpv6Loopback = () => Object.values(os.networkInterfaces()).flat().some((a) => a?.address === "::1");

/**
 * The local addresses that sockets listening on `port` are bound to, as the kernel lists them
 * (/proc/net/tcp and tcp6, state 0A = LISTEN). Read, not probed: the story sends nothing to any
 * address but loopback.
 */
function listeningAddresses(port: number): string[] {
  const found: string[] = [];
  for (const [file, decode] of [
    ["/proc/net/tcp", decodeIpv4],
    ["/proc/net/tcp6", decodeIpv6],
  ] as const) {
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, "utf8").split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== "0A") continue;
      const [address, hexPort] = local.split(":") as [string, string];
      if (parseInt(hexPort, 16) === port) found.push(decode(address));
    }
  }
  return [...new Set(found)].sort();
}

/** /proc/net/tcp writes an IPv4 address as one 32-bit word in the machine's (little-endian) order. */
function decodeIpv4(hex: string): string {
  return [6, 4, 2, 0].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(".");
}

/** /proc/net/tcp6: four 32-bit words, each little-endian. */
function decodeIpv6(hex: string): string {
  const bytes: number[] = [];
  for (let word = 0; word < 4; word++) for (const i of [6, 4, 2, 0]) bytes.push(parseInt(hex.slice(word * 8 + i, word * 8 + i + 2), 16));
  const groups = Array.from({ length: 8 }, (_, g) => ((bytes[2 * g]! << 8) | bytes[2 * g + 1]!).toString(16));
  return net.isIPv6(groups.join(":")) ? new URL(`http://[${groups.join(":")}]/`).hostname.slice(1, -1) : groups.join(":");
}

function get(address: string, port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: address, port, path, headers: { accept: "text/html", ...headers }, timeout: 30_000 }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.once("error", reject);
  });
}

const MAILBOX = "/en/dev/mailbox";

test("with nothing configured, only this machine reaches the app, and the mailbox with an admin's link answers it alone", async ({ browser }, testInfo) => {
  const server = await startOwnServer(testInfo.project.name, { ADMIN_EMAILS: E2E_ADMIN_EMAIL });
  try {
    const { port } = server;
    expect(server.log()).toContain("placard: listening on 127.0.0.1 and ::1 only: this machine alone reaches it; set HOST=0.0.0.0 to open it to the network");
    expect(server.log()).toContain(`placard: development mailbox at http://localhost:${port}/en/dev/mailbox: it answers this machine only`);
    expect(server.log()).toContain(`placard: ready on port ${port} at 127.0.0.1${hasIpv6Loopback() ? " and [::1]" : ""}\n`);

    // From another machine's side: the server listens on the loopback addresses alone, so no other interface answers.
    expect(listeningAddresses(port)).toEqual(hasIpv6Loopback() ? ["127.0.0.1", "::1"] : ["127.0.0.1"]);

    // An admin asks for a sign-in link in a browser on this machine (localhost, whichever loopback it picks).
    const context = await browser.newContext({ baseURL: `http://localhost:${port}` });
    const page = await context.newPage();
    await page.goto("/en/auth/sign-in");
    await page.getByLabel(/email/i).fill(E2E_ADMIN_EMAIL);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page).toHaveURL(/\/en\/auth\/check-email$/);
    await context.close();

    // This machine reads it in the mailbox, over either loopback.
    await expect.poll(async () => (await get("127.0.0.1", port, MAILBOX)).body, { timeout: 60_000 }).toContain("/auth/confirm?token=");
    if (hasIpv6Loopback()) expect((await get("::1", port, MAILBOX)).body).toContain("/auth/confirm?token=");

    // A request that a proxy on this machine relayed from elsewhere is a 404 without the link.
    const relays: Record<string, string>[] = [{ "X-Forwarded-For": "203.0.113.9" }, { Forwarded: "for=203.0.113.9" }, { "X-Real-IP": "203.0.113.9" }, { Via: "1.1 proxy" }];
    for (const header of relays) {
      const relayed = await get("127.0.0.1", port, MAILBOX, header);
      expect(relayed.status, JSON.stringify(header)).toBe(404);
      expect(relayed.body).not.toContain("/auth/confirm?token=");
    }
  } finally {
    await server.stop();
  }
});

// That the mailbox is a 404 to a socket from another machine is proved in lib/mail/dev-mailbox-access.test.ts:
// this story sends nothing to any address but loopback, so it checks what the server is bound to instead.
test("with HOST=0.0.0.0 the app listens on every interface, and says so", async ({}, testInfo) => {
  const server = await startOwnServer(testInfo.project.name, { HOST: "0.0.0.0", AUTH_SECRET: crypto.randomBytes(32).toString("hex") });
  try {
    const { port } = server;
    expect(server.log()).toContain("placard: listening on every IPv4 interface (0.0.0.0): other machines can reach it");
    expect(server.log()).toContain(`placard: ready on port ${port} at 0.0.0.0\n`);
    expect(listeningAddresses(port)).toEqual(["0.0.0.0"]);
    expect((await get("127.0.0.1", port, MAILBOX)).status).toBe(200);
  } finally {
    await server.stop();
  }
});
