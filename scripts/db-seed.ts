// `npm run db:seed`: migrate, then load the demo campaign. Running it twice changes nothing.
import { runDatabaseScript } from "../lib/boot/run-database-script";

await runDatabaseScript("always");
