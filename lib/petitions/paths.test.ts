import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readSignEndpointPath, SIGN_ENDPOINT, signEndpointPath } from "./paths";

// The sign form's address names the petition whose pages the endpoint answers with; slugs with
// characters a URL must escape come back as they were.

describe("the sign endpoint's address", () => {
  it("is one path without parameters, and names the language and the petition in its query", () => {
    const address = { campaignSlug: "zhanaozen", petitionSlug: "justice-for-zhanaozen" };
    const path = signEndpointPath("ru", address);
    const url = new URL(path, "http://localhost");
    assert.equal(url.pathname, SIGN_ENDPOINT);
    assert.deepEqual(readSignEndpointPath(url), { locale: "ru", address });
  });

  it("keeps slugs that need escaping, and refuses an address that does not name a petition", () => {
    const address = { campaignSlug: "a&b", petitionSlug: "жаңаөзен 2011" };
    assert.deepEqual(readSignEndpointPath(new URL(signEndpointPath("en", address), "http://localhost"))?.address, address);
    assert.equal(readSignEndpointPath(new URL("http://localhost/api/sign?locale=en&campaign=zhanaozen")), null);
    assert.equal(readSignEndpointPath(new URL("http://localhost/api/sign")), null);
  });
});
