import { it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { ensureConsentText } from "../signatures/consent";
import { openPetition } from "../signatures/fixtures";
import { signatureWhere } from "../signatures/moderation-filter";
import { truncateIp } from "../security/truncate-ip";
import { forgetOldAddresses } from "./forget-old-addresses";

const DAY = 86_400_000;
const NOW = new Date("2026-12-20T12:00:00Z");

it("cuts an address to its network: IPv4 to /24, IPv6 to /48, IPv4-mapped as IPv4", () => {
  assert.equal(truncateIp("203.0.113.77"), "203.0.113.0/24");
  assert.equal(truncateIp("::ffff:203.0.113.77"), "203.0.113.0/24");
  assert.equal(truncateIp("2001:db8:abcd:12:1:2:3:4"), "2001:db8:abcd::/48");
  assert.equal(truncateIp("2001:DB8::1"), "2001:db8::/48");
  assert.equal(truncateIp("unknown"), null);
});

describeOnDatabases("signers' internet addresses are kept only as long as abuse is fought with them", (db) => {
  it("keeps the full address for 7 days, its network until day 30, then nothing", async () => {
    const petition = await openPetition(db());
    const consent = await ensureConsentText(db().prisma, "en");
    const at = (days: number, ipAddress: string, name: string) =>
      db().prisma.signature.create({
        data: { petitionId: petition.id, name, email: `${name}@example.org`, emailNormalised: `${name}@example.org`, country: "KZ", consentTextId: consent.id, locale: "en", ipAddress, createdAt: new Date(NOW.getTime() - days * DAY) },
      });
    await at(6.9, "203.0.113.5", "fresh");
    await at(7.1, "203.0.113.6", "week");
    await at(8, "2001:db8:abcd:12::9", "week6");
    await at(20, "198.51.100.0/24", "already");
    await at(30.1, "198.51.100.0/24", "month");
    await at(45, "192.0.2.44", "old");
    await at(9, "unknown", "unknown");

    assert.deepEqual(await forgetOldAddresses(db(), NOW), { truncated: 3, dropped: 2 });
    const rows = await db().prisma.signature.findMany({ where: { petitionId: petition.id }, select: { name: true, ipAddress: true } });
    assert.deepEqual(Object.fromEntries(rows.map((r) => [r.name, r.ipAddress])), {
      fresh: "203.0.113.5",
      week: "203.0.113.0/24",
      week6: "2001:db8:abcd::/48",
      already: "198.51.100.0/24",
      month: null,
      old: null,
      unknown: null,
    });
    assert.deepEqual(await forgetOldAddresses(db(), NOW), { truncated: 0, dropped: 0 }, "a second run finds nothing to do");

    const filtered = await db().prisma.signature.findMany({
      where: signatureWhere({ id: "x", role: "ADMIN" }, petition.campaignId, { ip: "203.0.113.200" }),
      select: { name: true },
    });
    assert.deepEqual(filtered.map((r) => r.name), ["week"], "a moderator's filter by address still finds the network");
  });
});
