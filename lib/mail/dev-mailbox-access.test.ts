import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isFromThisMachine } from "./dev-mailbox-access";

// The development mailbox holds sign-in links: it answers a person at this machine, nobody else.
// (The headers are those scripts/serve.mjs writes; the whole server is tried in
// e2e/development-mailbox-answers-this-machine-only.spec.ts.)

const arrived = (socket: string, relayed: "yes" | "no") => new Headers({ "x-placard-client-ip": socket, "x-placard-relayed": relayed });

describe("who may read the development mailbox", () => {
  it("a browser on this machine, over IPv4 or IPv6 loopback", () => {
    assert.equal(isFromThisMachine(arrived("127.0.0.1", "no")), true);
    assert.equal(isFromThisMachine(arrived("::1", "no")), true);
    assert.equal(isFromThisMachine(arrived("::ffff:127.0.0.1", "no")), true);
  });

  it("not another machine", () => {
    assert.equal(isFromThisMachine(arrived("192.0.2.2", "no")), false);
    assert.equal(isFromThisMachine(arrived("fd00::2", "no")), false);
  });

  it("not a request a proxy on this machine relayed from elsewhere", () => {
    assert.equal(isFromThisMachine(arrived("127.0.0.1", "yes")), false);
    assert.equal(isFromThisMachine(arrived("::1", "yes")), false);
  });

  it("not a request that did not come through the app's own front (scripts/serve.mjs)", () => {
    assert.equal(isFromThisMachine(new Headers()), false);
    assert.equal(isFromThisMachine(new Headers({ "x-placard-client-ip": "127.0.0.1" })), false);
  });
});
