// `npm run db:migrate`: apply pending migrations to DATABASE_URL and exit.
import { runDatabaseScript } from "../lib/boot/run-database-script";

await runDatabaseScript("never");
