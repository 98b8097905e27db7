import type { Database } from "../db/client";
export async function seedDemo(_db: Database, _o: { onlyIfEmpty: boolean }): Promise<{ created: boolean }> { return { created: false }; }
