import assert from "node:assert/strict";
import { it } from "node:test";
import { describeOnDatabases } from "../testing/db";
import { endSessions, purgeExpiredSessions } from "./sessions";
import { purgeExpiredSignInTokens } from "./tokens";

describeOnDatabases("ending sessions and clearing old links", (db) => {
  it("signing out deletes that session only", async () => {
    const user = await db().prisma.user.create({ data: { email: "two-devices@example.org" } });
    const far = new Date(Date.now() + 86_400_000);
    await db().prisma.session.createMany({
      data: [
        { sessionToken: "phone", userId: user.id, expires: far },
        { sessionToken: "laptop", userId: user.id, expires: far },
      ],
    });
    assert.equal(await endSessions(db(), ["phone"]), 1);
    const left = await db().prisma.session.findMany({ where: { userId: user.id }, select: { sessionToken: true } });
    assert.deepEqual(left, [{ sessionToken: "laptop" }]);
    assert.equal(await endSessions(db(), []), 0);
  });

  it("the worker removes expired links and sessions, and keeps live ones", async () => {
    const user = await db().prisma.user.create({ data: { email: "old@example.org" } });
    const past = new Date(Date.now() - 1000);
    const future = new Date(Date.now() + 600_000);
    await db().prisma.verificationToken.createMany({
      data: [
        { identifier: "old@example.org", token: "expired-hash", expires: past },
        { identifier: "old@example.org", token: "live-hash", expires: future },
      ],
    });
    await db().prisma.session.createMany({
      data: [
        { sessionToken: "stale", userId: user.id, expires: past },
        { sessionToken: "fresh", userId: user.id, expires: future },
      ],
    });
    assert.equal(await purgeExpiredSignInTokens(db()), 1);
    assert.equal(await purgeExpiredSessions(db()), 1);
    assert.deepEqual(await db().prisma.verificationToken.findMany({ select: { token: true } }), [{ token: "live-hash" }]);
    assert.equal(await db().prisma.session.count({ where: { sessionToken: "fresh" } }), 1);
  });
});
