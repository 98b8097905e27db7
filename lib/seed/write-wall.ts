// The demo campaign's wall (issue 11): one approved solidarity message from an invented sender, and
// one published reply from the Kazakh embassy in Berlin. Written once; seeding again changes nothing.
import { idOnly, type SeedWriter } from "./seed-writer";
import { requireId, type SeededCampaign } from "./write-campaign";

const DEMO_SENDER = "wall.demo@example.org";
const DEMO_REPLY_SUMMARY = "The embassy acknowledged our letters and says it forwarded them to the Ministry of Foreign Affairs.";

export async function writeWall(w: SeedWriter, campaign: SeededCampaign): Promise<void> {
  const { tx } = w;
  const template = await tx.letterTemplate.findFirst({ where: { campaignId: campaign.id, kind: "SOLIDARITY" }, orderBy: { createdAt: "asc" }, select: idOnly });
  if (template) {
    await w.ensure(
      () => tx.letter.findFirst({ where: { campaignId: campaign.id, senderEmailNormalised: DEMO_SENDER }, select: idOnly }),
      () =>
        tx.letter.create({
          data: {
            campaignId: campaign.id, templateId: template.id, senderName: "Jana Beispiel", senderEmail: DEMO_SENDER, senderEmailNormalised: DEMO_SENDER,
            senderCountry: "DE", senderCity: "Köln", senderOrganisation: "Example Metal Workers' Branch", locale: "en", subject: "Solidarity from Cologne",
            body: "Dear colleagues in Zhanaozen,\nyour strike is our strike. We will not forget.\nIn solidarity, the Cologne branch",
            status: "CONFIRMED", confirmedAt: w.now, wallConsent: true, wallStatus: "APPROVED", wallDecidedAt: w.now,
          },
          select: idOnly,
        }),
    );
  }
  const targetId = requireId(campaign.targetIds, "kz-embassy-berlin", "target");
  await w.ensure(
    () => tx.targetReply.findFirst({ where: { campaignId: campaign.id, targetId, summary: DEMO_REPLY_SUMMARY }, select: idOnly }),
    () => tx.targetReply.create({ data: { campaignId: campaign.id, targetId, receivedOn: new Date("2026-11-20T00:00:00Z"), summary: DEMO_REPLY_SUMMARY, publishedAt: w.now }, select: idOnly }),
  );
}
