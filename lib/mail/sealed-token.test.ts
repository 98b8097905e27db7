import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { isSealedToken, sealToken, unsealToken } from "./sealed-token";

const secret = "a-test-secret-of-at-least-thirty-two-characters";

describe("a token sealed for the outbox", () => {
  it("holds nothing of the token, and opens with the secret it was sealed with", () => {
    const token = "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5";
    const sealed = sealToken(token, secret);
    assert.ok(isSealedToken(sealed));
    assert.ok(!sealed.includes(token));
    assert.notEqual(sealToken(token, secret), sealed, "each seal is different (random IV)");
    assert.equal(unsealToken(sealed, secret), token);
  });
  it("does not open with another secret, nor when altered", () => {
    const sealed = sealToken("a-token", secret);
    assert.throws(() => unsealToken(sealed, `${secret}-other`));
    const at = sealed.length - 2; // a character inside the tag (the one compared before was the last, not this one: 1 run in 64 changed nothing)
    const flipped = sealed.slice(0, at) + (sealed[at] === "A" ? "B" : "A") + sealed.slice(at + 1);
    assert.throws(() => unsealToken(flipped, secret));
    assert.throws(() => unsealToken("a-token", secret));
  });
});
