import assert from "node:assert/strict";
import fs from "node:fs";
import { it } from "node:test";
import internals from "@prisma/internals";
import { describeOnDatabases } from "../testing/db";

// Nothing else on these machines compares the migrations with schema.prisma (the native schema engine
// is not available), so this test does: after every migration has been applied, each model has its
// table, each scalar field its column with the right nullability, and each unique set its unique index.

type Dmmf = Awaited<ReturnType<typeof internals.getDMMF>>;

async function readSchema(): Promise<Dmmf> {
  return internals.getDMMF({ datamodel: fs.readFileSync("prisma/schema.prisma", "utf8") });
}

describeOnDatabases("the migrated database matches schema.prisma", (db) => {
  it("has every model's table, every scalar column with its nullability, and every unique index, and nothing more", async () => {
    const dmmf = await readSchema();
    const columns = await db().sql.query<{ table_name: string; column_name: string; is_nullable: string }>(
      `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const indexes = await db().sql.query<{ table_name: string; columns: string[] | string }>(
      `SELECT t.relname AS table_name, array_agg(a.attname ORDER BY a.attname)::text[] AS columns
         FROM pg_index i
         JOIN pg_class t ON t.oid = i.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(i.indkey)
        WHERE i.indisunique
        GROUP BY i.indexrelid, t.relname`,
    );
    const uniqueSets = new Set(
      indexes.map((i) => `${i.table_name}(${(Array.isArray(i.columns) ? i.columns : String(i.columns).replace(/[{}]/g, "").split(",")).join(",")})`),
    );
    const byTable = new Map<string, Map<string, boolean>>();
    for (const c of columns) {
      if (!byTable.has(c.table_name)) byTable.set(c.table_name, new Map());
      byTable.get(c.table_name)!.set(c.column_name, c.is_nullable === "YES");
    }

    const problems: string[] = [];
    const expectedTables = new Set<string>(["_prisma_migrations"]);
    for (const model of dmmf.datamodel.models) {
      const table = model.dbName ?? model.name;
      expectedTables.add(table);
      const actual = byTable.get(table);
      if (!actual) {
        problems.push(`missing table ${table}`);
        continue;
      }
      const scalars = model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum");
      const columnOf = (name: string) => scalars.find((f) => f.name === name)?.dbName ?? name;
      for (const field of scalars) {
        const column = field.dbName ?? field.name;
        if (!actual.has(column)) problems.push(`missing column ${table}.${column}`);
        else {
          // Prisma Migrate creates list columns (TEXT[]) without NOT NULL; everything else follows `?`.
          const nullable = field.isList || !field.isRequired;
          if (actual.get(column) !== nullable) problems.push(`${table}.${column} should be ${nullable ? "nullable" : "NOT NULL"}`);
        }
      }
      for (const column of actual.keys()) {
        if (!scalars.some((f) => (f.dbName ?? f.name) === column)) problems.push(`extra column ${table}.${column}`);
      }
      const sets: string[][] = [
        ...scalars.filter((f) => f.isUnique || f.isId).map((f) => [f.name]),
        ...model.uniqueFields.map((u) => [...u]),
        ...(model.primaryKey ? [[...model.primaryKey.fields]] : []),
      ];
      for (const set of sets) {
        const key = `${table}(${set.map(columnOf).sort().join(",")})`;
        if (!uniqueSets.has(key)) problems.push(`missing unique index ${key}`);
      }
    }
    for (const table of byTable.keys()) {
      if (!expectedTables.has(table)) problems.push(`extra table ${table}`);
    }
    assert.deepEqual(problems, []);
  });

  it("has a PostgreSQL enum type with exactly the values of each Prisma enum", async () => {
    const dmmf = await readSchema();
    const rows = await db().sql.query<{ typname: string; label: string }>(
      `SELECT t.typname, e.enumlabel AS label FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY t.typname, e.enumsortorder`,
    );
    for (const e of dmmf.datamodel.enums) {
      const labels = rows.filter((r) => r.typname === (e.dbName ?? e.name)).map((r) => r.label);
      assert.deepEqual(labels, e.values.map((v) => v.dbName ?? v.name), `enum ${e.name}`);
    }
  });
});
