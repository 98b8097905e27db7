import { recordAudit } from "../audit/record";
import type { CurrentUser } from "../auth/roles";
import type { Database } from "../db/client";
import type { PhotoStorage } from "../events/photos/storage";
import type { DecisionContext } from "../moderation/decide";

/** What the moderation queue's action gives a decision (lib/moderation/actions.ts), for tests: the actor's audit, optionally a photo storage of the test's own. */
export function decisionContext(db: Database, actor: CurrentUser, campaignId: string, storage?: PhotoStorage): DecisionContext {
  return {
    db,
    actor,
    campaignId,
    ...(storage ? { photos: async () => storage } : {}),
    audit: (tx, entry) => recordAudit(tx, { ...entry, actorId: actor.id, actorEmail: actor.email, campaignId }),
  };
}
