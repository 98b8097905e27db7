import crypto from "node:crypto";
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

/** This machine's addresses other than loopback (link-local ones aside: they need an interface name). */
function nonLoopbackAddresses(family: "IPv4" | "IPv6" | "any" = "any"): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && !a.internal && !/^fe80:/i.test(a.address) && (family === "any" || a.family === family))
    .map((a) => a!.address);
}

const hasIpv6Loopback = () => Object.values(os.networkInterfaces()).flat().some((a) => a?.address === "::1");

/** One TCP connection attempt to this machine's own address. */
function connects(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: address, port, timeout: 3000 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
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

    // From another machine's side: this machine's own network addresses do not answer.
    const outward = nonLoopbackAddresses();
    if (outward.length === 0) console.log("this machine has no address but loopback: the bound addresses above are all there is to check");
    for (const address of outward) expect(await connects(address, port), `${address}:${port} answers`).toBe(false);

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

test("with HOST=0.0.0.0 other machines reach the app, but the mailbox stays a 404 to them", async ({}, testInfo) => {
  const server = await startOwnServer(testInfo.project.name, { HOST: "0.0.0.0", AUTH_SECRET: crypto.randomBytes(32).toString("hex") });
  try {
    const { port } = server;
    expect(server.log()).toContain("placard: listening on every IPv4 interface (0.0.0.0): other machines can reach it");
    expect(server.log()).toContain(`placard: ready on port ${port} at 0.0.0.0\n`);
    expect((await get("127.0.0.1", port, MAILBOX)).status).toBe(200);

    const outward = nonLoopbackAddresses("IPv4");
    if (outward.length === 0) console.log("this machine has no IPv4 address but loopback: no socket from elsewhere to try");
    for (const address of outward) {
      // The socket's peer is this machine's network address, as a neighbour's would be: not loopback.
      const fromNetwork = await get(address, port, MAILBOX);
      expect(fromNetwork.status, `${address}:${port}${MAILBOX}`).toBe(404);
      expect((await get(address, port, "/en/auth/sign-in")).status).toBe(200);
    }
  } finally {
    await server.stop();
  }
});
