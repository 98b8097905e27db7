import { it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { countryName } from "../i18n/countries";
import { addSponsor } from "./add-sponsor";
import { confirmSponsor } from "./confirm";
import { groupSponsors } from "./grouping";
import { moderateSponsors } from "./moderate";
import { listApprovedSponsors } from "./queries";
import type { SponsorInput } from "./schema";
import { ctx, individualSponsor, lastTokenSentTo, liveCampaign, organiserOf, unionBranch } from "./test-world";

describeOnDatabases("the public list of sponsors", (db) => {
  it("shows approved sponsors only, grouped by country and kind with counts, and never an address", async () => {
    const campaign = await liveCampaign(db());
    const organiser = await organiserOf(db(), campaign.id);
    const entries: [SponsorInput, "approve" | "reject" | "leave" | "unconfirmed"][] = [
      [unionBranch(), "approve"],
      [unionBranch({ organisationName: "Rail Union of Britain", organisationKind: "UNION", website: "https://rub.example.org", email: "office@example.com" }), "approve"],
      [unionBranch({ organisationName: "Kölner Solidaritätskreis", organisationKind: "NGO", country: "DE", website: "https://ksk.example.org", email: "info@ksk.example.org" }), "approve"],
      [individualSponsor({ name: "Jonas Kellermann", country: "DE", email: "jonas@example.org" }), "approve"],
      [individualSponsor({ name: "Rejected Person", country: "DE", email: "rejected@example.org" }), "reject"],
      [individualSponsor({ name: "Waiting Person", country: "FR", email: "waiting@example.org" }), "leave"],
      [individualSponsor({ name: "Unconfirmed Person", country: "FR", email: "unconfirmed@example.org" }), "unconfirmed"],
    ];
    let n = 0;
    for (const [sponsor, fate] of entries) {
      await addSponsor(db(), { campaignId: campaign.id, sponsor }, ctx(`192.0.2.${100 + ++n}`));
      if (fate === "unconfirmed") continue;
      await confirmSponsor(db(), await lastTokenSentTo(db(), sponsor.email));
      if (fate === "leave") continue;
      const name = sponsor.kind === "ORGANISATION" ? sponsor.organisationName : sponsor.name;
      const { id } = await db().prisma.sponsor.findFirstOrThrow({ where: { campaignId: campaign.id, name } });
      await moderateSponsors(db(), organiser, { campaignId: campaign.id, sponsorIds: [id], decision: fate === "approve" ? "APPROVE" : "REJECT" });
    }

    const approved = await listApprovedSponsors(db(), campaign.id);
    const text = JSON.stringify(approved);
    assert.ok(!/@/.test(text), "no email address in the public shape");
    assert.ok(!text.includes("Branch secretary"), "no contact person in the public shape");
    for (const row of approved) {
      assert.deepEqual(Object.keys(row).sort(), ["approvedAt", "country", "id", "isDomainVerified", "kind", "name", "organisation", "organisationKind", "role", "website"]);
    }

    const grouped = groupSponsors(approved, (code) => countryName(code, "de"), "de");
    assert.deepEqual(grouped.totals, { total: 4, organisations: 3, individuals: 1, countries: 2 });
    assert.deepEqual(
      grouped.countries.map((c) => ({
        country: c.countryName,
        count: c.count,
        organisations: c.organisations.map((g) => [g.kind, g.sponsors.map((s) => [s.name, s.isDomainVerified])]),
        individuals: c.individuals.map((s) => s.name),
      })),
      [
        { country: "Deutschland", count: 2, organisations: [["NGO", [["Kölner Solidaritätskreis", true]]]], individuals: ["Jonas Kellermann"] },
        {
          country: "Vereinigtes Königreich",
          count: 2,
          organisations: [
            ["UNION_BRANCH", [["Northfield Rail Workers' Branch", true]]],
            ["UNION", [["Rail Union of Britain", false]]],
          ],
          individuals: [],
        },
      ],
    );
    // Another campaign's list is its own.
    const other = await liveCampaign(db());
    assert.deepEqual(await listApprovedSponsors(db(), other.id), []);
  });
});
