import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { addressGroup } from "./address-group";

describe("the address a per-client limit counts", () => {
  it("keeps an IPv4 address as it is, also when written in IPv6 form", () => {
    assert.equal(addressGroup("203.0.113.7"), "203.0.113.7");
    assert.equal(addressGroup("::ffff:203.0.113.7"), "203.0.113.7");
  });
  it("groups IPv6 addresses of one /64, however they are written", () => {
    const group = addressGroup("2001:db8:aa:1::1");
    assert.equal(group, "2001:db8:aa:1::/64");
    assert.equal(addressGroup("2001:0db8:00aa:0001:ffff:1234:5678:9abc"), group);
    assert.equal(addressGroup("2001:DB8:AA:1:0:0:0:2"), group);
  });
  it("keeps two /64s apart", () => {
    assert.notEqual(addressGroup("2001:db8:aa:1::1"), addressGroup("2001:db8:aa:2::1"));
    assert.equal(addressGroup("::1"), "0:0:0:0::/64");
  });
});
