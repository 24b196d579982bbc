import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { createDb } from "../../src/db/dialect.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { adminUrl, postgresUrl } from "./engine.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgTemplate: string;
    pgRunPrefix: string;
  }
}

/** Migrates one template database per run; each test then gets a copy of it (CREATE DATABASE … TEMPLATE). */
export default async function setup(project: TestProject) {
  const runPrefix = `registrar_t${randomBytes(4).toString("hex")}`;
  const template = `${runPrefix}_template`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${template}"`);
  const db = createDb(postgresUrl(template));
  await migrateToLatest(db);
  await db.destroy();
  project.provide("pgTemplate", template);
  project.provide("pgRunPrefix", runPrefix);

  return async () => {
    const { rows } = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like $1",
      [`${runPrefix}%`],
    );
    for (const { datname } of rows) await admin.query(`drop database if exists "${datname}" with (force)`);
    await admin.end();
  };
}
