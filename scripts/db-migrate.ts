// `npm run db:migrate`: apply pending migrations to DATABASE_URL and exit.
import { envOrExit } from "../lib/env";
import { prepareDatabase, StartupError } from "../lib/boot/prepare-database";

const config = envOrExit();
try {
  const db = await prepareDatabase(config, { seed: "never", log: (l) => console.log(`placard: ${l}`) });
  await db.close();
} catch (error) {
  if (error instanceof StartupError) {
    console.error(`placard: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
