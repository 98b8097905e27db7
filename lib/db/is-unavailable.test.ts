import { it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { openDatabase } from "./client";
import { isDatabaseUnavailable } from "./is-unavailable";

// What the sign endpoint answers 503 to ("try again in a moment") and what stays a 500: real errors from
// the real drivers, not hand-made ones.

it("a PostgreSQL nobody listens on is unavailable, through Prisma and through the raw driver", async () => {
  const db = await openDatabase({ kind: "postgres", url: "postgresql://postgres@127.0.0.1:1/none", display: "nowhere" });
  try {
    const viaPrisma = await db.prisma.petition.count().catch((error: unknown) => error);
    const viaSql = await db.sql.query("SELECT 1").catch((error: unknown) => error);
    assert.equal(isDatabaseUnavailable(viaPrisma), true);
    assert.equal(isDatabaseUnavailable(viaSql), true);
  } finally {
    await db.close();
  }
});

describeOnDatabases("errors that are not an outage", (db) => {
  it("a broken statement and a unique violation are not 'unavailable' (they stay a 500)", async () => {
    const syntax = await db().sql.query("SELEC 1").catch((error: unknown) => error);
    assert.equal(isDatabaseUnavailable(syntax), false);
    const campaign = { slug: `c-${Date.now()}`, locales: ["en"], copyToEmails: [] };
    await db().prisma.campaign.create({ data: campaign });
    const duplicate = await db().prisma.campaign.create({ data: campaign }).catch((error: unknown) => error);
    assert.equal((duplicate as { code?: string }).code, "P2002");
    assert.equal(isDatabaseUnavailable(duplicate), false);
    assert.equal(isDatabaseUnavailable(new Error("something else")), false);
  });
});
