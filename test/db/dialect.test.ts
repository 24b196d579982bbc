import { describe, expect, it } from "vitest";
import { createDb, inTransaction, isDatabaseUnavailable } from "../../src/db/dialect.ts";
import { freshDb } from "../helpers/database.ts";
import { engine } from "../helpers/engine.ts";

const NOW = new Date().toISOString();
const failure = (code: string, message = "failed") => Object.assign(new Error(message), { code });

describe("database errors", () => {
  it.each(["ECONNREFUSED", "ECONNRESET", "57P01", "57014", "08006", "SQLITE_BUSY", "40001"])(
    "treats %s as the database being unavailable",
    (code) => {
      expect(isDatabaseUnavailable(failure(code))).toBe(true);
    },
  );

  it("treats a terminated connection as the database being unavailable", () => {
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it.each(["23505", "SQLITE_CONSTRAINT_UNIQUE", "42P01"])("does not treat %s as unavailability", (code) => {
    expect(isDatabaseUnavailable(failure(code))).toBe(false);
  });

  it("refuses a DATABASE_URL it does not know", () => {
    expect(() => createDb("mysql://localhost/registrar")).toThrow(/Unsupported DATABASE_URL scheme: mysql/);
  });
});

describe("inTransaction", () => {
  it("runs the work again after a serialization failure and returns its result", async () => {
    const db = await freshDb();
    let attempts = 0;
    const result = await inTransaction(db, () => {
      attempts++;
      return attempts < 3 ? Promise.reject(failure("40001")) : Promise.resolve("done");
    });
    expect(result).toBe("done");
    expect(attempts).toBe(3);
  });

  it("gives up after five attempts at a deadlocked transaction", async () => {
    const db = await freshDb();
    let attempts = 0;
    const deadlock = inTransaction(db, () => {
      attempts++;
      return Promise.reject(failure("40P01"));
    });
    await expect(deadlock).rejects.toMatchObject({ code: "40P01" });
    expect(attempts).toBe(5);
  });

  it("does not retry other errors and rolls the transaction back", async () => {
    const db = await freshDb();
    let attempts = 0;
    const failing = inTransaction(db, async (trx) => {
      attempts++;
      await trx
        .insertInto("students")
        .values({ first_name: "A", last_name: "B", email: "a@example.edu", created_at: NOW, updated_at: NOW })
        .execute();
      throw failure("23505");
    });
    await expect(failing).rejects.toMatchObject({ code: "23505" });
    expect(attempts).toBe(1);
    expect(await db.selectFrom("students").selectAll().execute()).toEqual([]);
  });
});

describe.runIf(engine === "sqlite")("the SQLite driver", () => {
  it("streams a select query row by row", async () => {
    const db = await freshDb();
    await db
      .insertInto("courses")
      .values([1, 2, 3].map((n) => ({ code: `C${n}`, title: `T${n}`, created_at: NOW, updated_at: NOW })))
      .execute();
    const codes: string[] = [];
    for await (const row of db.selectFrom("courses").select("code").orderBy("code").stream())
      codes.push(row.code);
    expect(codes).toEqual(["C1", "C2", "C3"]);
  });
});
