import type { Database } from "../db/client";
import { normaliseEmail } from "../signatures/normalise-email";

/** Whether a moderator chose "publish and trust this host" for this address on this campaign. */
export async function isTrustedHost(db: Database, campaignId: string, email: string): Promise<boolean> {
  return (await db.prisma.trustedHost.count({ where: { campaignId, emailNormalised: normaliseEmail(email) } })) > 0;
}
