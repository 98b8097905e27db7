// Ports and folders of one e2e run. E2E_PORT_BASE lets several checkouts run at once on one machine.
import path from "node:path";

export function e2ePorts() {
  const base = Number(process.env.E2E_PORT_BASE ?? 3100);
  return { pglite: base, postgres: base + 1, smtp: base + 2 };
}

/**
 * Ports of the stories that start an app of their own, one pair (PGlite, PostgreSQL) each, after the shared
 * servers' three: so that two such stories running at once never meet on a port.
 */
const OWN_APP_OFFSETS = { "own-server": 3, "database-restart": 5, "stranger-world": 7, "another-database": 9, "clock-pacing": 11, "clock-bounces": 13, "clock-picket": 15 } as const;

export function ownAppPort(story: keyof typeof OWN_APP_OFFSETS, project: string): number {
  return e2ePorts().pglite + OWN_APP_OFFSETS[story] + (project === "postgres" ? 1 : 0);
}

export function hasPostgres(): boolean {
  return Boolean(process.env.TEST_DATABASE_URL);
}

/** Where the SMTP server writes each message it receives (one JSON file a message). */
export function mailDir(): string {
  return path.resolve("e2e/.artifacts", `mail-${e2ePorts().pglite}`);
}

export function stateFile(): string {
  return path.resolve("e2e/.artifacts", `state-${e2ePorts().pglite}.json`);
}

/** Addresses the e2e servers treat as instance admins (ADMIN_EMAILS). */
export const E2E_ADMIN_EMAIL = "organiser@example.org";
