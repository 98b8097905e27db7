import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { canConfirm, canSign, canTransition, isVisible } from "./states";

const now = new Date("2026-12-16T12:00:00Z");
const later = new Date("2026-12-17T00:00:00Z");
const earlier = new Date("2026-12-15T00:00:00Z");

describe("petition states", () => {
  it("a supporter can sign and confirm only an open petition before its deadline", () => {
    assert.equal(canSign({ status: "OPEN", deadline: null }, now), true);
    assert.equal(canSign({ status: "OPEN", deadline: later }, now), true);
    assert.equal(canSign({ status: "OPEN", deadline: earlier }, now), false);
    assert.equal(canSign({ status: "OPEN", deadline: now }, now), false, "the deadline itself is too late");
    for (const status of ["DRAFT", "CLOSED", "DELIVERED"] as const) {
      assert.equal(canSign({ status, deadline: null }, now), false, status);
      assert.equal(canConfirm({ status, deadline: null }, now), false, status);
    }
  });

  it("moves only forward: draft, open, closed, delivered", () => {
    assert.equal(canTransition("DRAFT", "OPEN"), true);
    assert.equal(canTransition("OPEN", "CLOSED"), true);
    assert.equal(canTransition("CLOSED", "DELIVERED"), true);
    assert.equal(canTransition("OPEN", "DRAFT"), false);
    assert.equal(canTransition("DELIVERED", "OPEN"), false);
    assert.equal(canTransition("DRAFT", "CLOSED"), false);
  });

  it("the public never sees a draft", () => {
    assert.equal(isVisible({ status: "DRAFT" }), false);
    assert.equal(isVisible({ status: "CLOSED" }), true);
  });
});
