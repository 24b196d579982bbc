import type { Insertable, Updateable } from "kysely";
import type { Db, ImportJobTable } from "../db/database.ts";

export const insert = (db: Db, values: Insertable<ImportJobTable>) =>
  db.insertInto("import_jobs").values(values).returningAll().executeTakeFirstOrThrow();

export const findById = (db: Db, id: number) =>
  db.selectFrom("import_jobs").selectAll().where("id", "=", id).executeTakeFirst();

export async function update(db: Db, id: number, changes: Updateable<ImportJobTable>): Promise<void> {
  await db.updateTable("import_jobs").set(changes).where("id", "=", id).execute();
}
