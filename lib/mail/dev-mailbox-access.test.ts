import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isFromThisMachine } from "./dev-mailbox-access";

// The development mailbox holds sign-in links: it answers a person at this machine, nobody else.

const request = (socket: string, extra: Record<string, string> = {}) => new Headers({ "x-placard-client-ip": socket, ...extra });

describe("who may read the development mailbox", () => {
  it("a browser on this machine, over IPv4 or IPv6 loopback", () => {
    assert.equal(isFromThisMachine(request("127.0.0.1")), true);
    assert.equal(isFromThisMachine(request("::1")), true);
    assert.equal(isFromThisMachine(request("::ffff:127.0.0.1")), true);
  });

  it("not another machine, nor a request of unknown origin", () => {
    assert.equal(isFromThisMachine(request("192.0.2.2")), false);
    assert.equal(isFromThisMachine(request("fd00::2")), false);
    assert.equal(isFromThisMachine(new Headers()), false);
  });

  it("not a request a proxy on this machine relayed from elsewhere", () => {
    assert.equal(isFromThisMachine(request("127.0.0.1", { "x-forwarded-for": "203.0.113.9" })), false);
    assert.equal(isFromThisMachine(request("127.0.0.1", { forwarded: "for=203.0.113.9" })), false);
    assert.equal(isFromThisMachine(request("::1", { "x-real-ip": "203.0.113.9" })), false);
    assert.equal(isFromThisMachine(request("::1", { via: "1.1 proxy" })), false);
  });
});
