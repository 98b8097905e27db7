// A separate process that applies migrations from a folder, so that a test can kill it half-way
// (the "process killed in the middle of a migration" fault). Usage: migrate-child.ts <DATABASE_URL> <migrations dir>
import { parseEnv } from "../env";
import { openDatabase } from "../db/client";
import { migrate, readMigrations } from "../db/migrate";

const [url, dir] = process.argv.slice(2);
const config = parseEnv({ DATABASE_URL: url });
const db = await openDatabase(config.database);
console.log("migrating");
await migrate(db.sql, readMigrations(dir));
console.log("done");
await db.close();
