import { defineConfig } from "prisma/config";

// Prisma CLI config. The app never uses the CLI at run time: migrations are applied by lib/db/migrate.ts
// through the same driver adapter the app uses (docs/decisions/002-own-migrator.md).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/placard" },
});
