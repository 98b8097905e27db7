// The demo campaign (Zhanaozen, Kazakhstan, 2011 and 2022), loaded into an empty embedded database at
// start and by `npm run db:seed`. Content lives in ./content; this file decides when and how it is written.
//
// - `onlyIfEmpty: true` writes nothing when any campaign exists (an instance already in use).
// - Otherwise every demo row that is missing is created and every existing row is left as it is, so
//   running it again changes nothing.
// - One transaction: a failure leaves nothing half-written. An advisory lock keeps two seeders apart.
import type { Database } from "../db/client";
import { SeedWriter } from "./seed-writer";
import { writeEvents, writeNews } from "./write-activity";
import { writeCampaign } from "./write-campaign";
import { writeLetterTemplates } from "./write-letters";
import { writePetition } from "./write-petition";
import { writeSponsors } from "./write-supporters";
import { writeWall } from "./write-wall";

export async function seedDemo(db: Database, options: { onlyIfEmpty: boolean }): Promise<{ created: boolean }> {
  return db.prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(${SEED_LOCK})) AS l`;
      if (options.onlyIfEmpty && (await tx.campaign.count()) > 0) return { created: false };
      const writer = new SeedWriter(tx, new Date());
      const campaign = await writeCampaign(writer);
      await writePetition(writer, campaign);
      await writeLetterTemplates(writer, campaign);
      await writeSponsors(writer, campaign);
      await writeEvents(writer, campaign);
      await writeNews(writer, campaign);
      await writeWall(writer, campaign);
      return { created: writer.created > 0 };
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}

/** Arbitrary but fixed: the advisory lock that serialises concurrent seeders. */
const SEED_LOCK = 7_240_111_216n;
