import { envOrExit } from "../env";
import { prepareDatabase, StartupError } from "./prepare-database";

/** Body of `npm run db:migrate` and `npm run db:seed`: one clear line and exit 1 on any failure. */
export async function runDatabaseScript(seed: "never" | "always"): Promise<void> {
  const config = envOrExit();
  try {
    const db = await prepareDatabase(config, { seed, log: (l) => console.log(`placard: ${l}`) });
    await db.close();
  } catch (error) {
    if (error instanceof StartupError) {
      console.error(`placard: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
