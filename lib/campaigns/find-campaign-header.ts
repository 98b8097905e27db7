import type { Database } from "../db/client";
import { withLastKnown } from "../db/last-known";
import { getCampaignHeader, type CampaignHeader } from "./queries";

/** A campaign's header, or the last one this process read while the database is away (docs/decisions/020). */
export function findCampaignHeader(db: Database, slug: string, locale: string): Promise<CampaignHeader | null> {
  return withLastKnown(`campaign-header|${slug}|${locale}`, () => getCampaignHeader(db, slug, locale));
}
