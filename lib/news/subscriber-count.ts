import type { CurrentUser } from "../auth/session";
import { campaignWhereCan } from "../auth/capabilities";
import type { Database } from "../db/client";
import { CONFIRMED_STATE } from "../signatures/states";

/** How many distinct addresses would get this campaign's news (for those who may send it: "news.write"). */
export async function newsSubscriberCount(db: Database, user: CurrentUser, campaignId: string): Promise<number> {
  const rows = await db.prisma.signature.findMany({
    where: { petition: { campaign: { AND: [{ id: campaignId }, campaignWhereCan(user, "news.write")] } }, status: CONFIRMED_STATE, wantsUpdates: true },
    distinct: ["emailNormalised"],
    select: { emailNormalised: true },
  });
  return rows.length;
}
