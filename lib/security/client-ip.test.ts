import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clientIpFrom, parseTrustedProxy, type TrustedProxy } from "./client-ip";

// Which address a rate limit counts, when the client writes what it likes into X-Forwarded-For.

function from(socket: string, forwardedFor: string | null, setting: string): string {
  const trusted = parseTrustedProxy(setting);
  assert.ok(trusted === "none" || !("problem" in trusted), `TRUSTED_PROXY=${setting} is accepted`);
  const headers = new Headers({ "x-placard-client-ip": socket });
  if (forwardedFor !== null) headers.set("x-forwarded-for", forwardedFor);
  return clientIpFrom(headers, trusted as TrustedProxy);
}

describe("the client's address behind proxies", () => {
  it("without a trusted proxy, ignores the header the client wrote", () => {
    assert.equal(from("203.0.113.50", "198.51.100.1", "none"), "203.0.113.50");
    assert.equal(from("::ffff:203.0.113.50", null, "none"), "203.0.113.50");
  });

  it("with one proxy, believes only the entry that proxy appended", () => {
    // The client sent "X-Forwarded-For: 198.51.100.1"; our proxy appended the address it saw.
    assert.equal(from("10.0.0.2", "198.51.100.1, 203.0.113.50", "one"), "203.0.113.50");
    assert.equal(from("10.0.0.2", "198.51.100.1, 203.0.113.50", "1"), "203.0.113.50");
    assert.equal(from("10.0.0.2", null, "one"), "10.0.0.2");
  });

  it("with two proxies, counts two hops back from the socket", () => {
    assert.equal(from("10.0.0.3", "198.51.100.1, 203.0.113.50, 10.0.0.2", "2"), "203.0.113.50");
  });

  it("with TRUSTED_PROXY=all, a spoofed leftmost entry is not believed: the first public hop from the right is", () => {
    assert.equal(from("10.0.0.3", "198.51.100.1, 203.0.113.50, 10.0.0.2", "all"), "203.0.113.50");
    // A client that pretends to be inside our network is the public hop our proxies saw.
    assert.equal(from("10.0.0.3", "10.9.9.9, 203.0.113.50", "all"), "203.0.113.50");
    // A client that reaches the app directly is its socket, whatever it wrote.
    assert.equal(from("203.0.113.50", "198.51.100.1", "all"), "203.0.113.50");
    assert.equal(from("10.0.0.3", "2001:db8::7, fd00::2", "all"), "2001:db8::7");
  });

  it("with our proxies named by address and range, skips only those", () => {
    const ours = "192.0.2.10, 198.51.100.0/24";
    assert.equal(from("192.0.2.10", "6.6.6.6, 203.0.113.50, 198.51.100.7", ours), "203.0.113.50");
    // The socket's peer is not one of ours: the client connected directly, and its header means nothing.
    assert.equal(from("203.0.113.99", "6.6.6.6, 198.51.100.7", ours), "203.0.113.99");
  });

  it("reads ports and IPv6 brackets, and stops at an entry that is not an address", () => {
    assert.equal(from("10.0.0.2", "6.6.6.6, 203.0.113.50:5123", "one"), "203.0.113.50");
    assert.equal(from("10.0.0.2", "6.6.6.6, [2001:db8::7]:443", "all"), "2001:db8::7");
    // Our proxy passed on garbage: the last address we can read is the proxy itself.
    assert.equal(from("10.0.0.2", "203.0.113.50, not-an-address", "all"), "10.0.0.2");
    assert.equal(from("10.0.0.2", "203.0.113.50, not-an-address", "one"), "10.0.0.2");
  });

  it("refuses a setting it cannot read, saying what it expected", () => {
    assert.deepEqual(parseTrustedProxy("everything"), { problem: 'names "everything", which is not an address or a range such as 10.0.0.0/8 (expected none, a number of hops, all, or addresses/ranges)' });
    assert.match((parseTrustedProxy("10.0.0.0/33") as { problem: string }).problem, /"10\.0\.0\.0\/33"/);
    assert.match((parseTrustedProxy("0") as { problem: string }).problem, /must be 1-10 proxy hops/);
    assert.equal(parseTrustedProxy(undefined), "none");
  });
});
