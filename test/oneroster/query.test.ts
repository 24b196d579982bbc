import { describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../helpers/app.ts";
import { createStudent } from "../helpers/factories.ts";
import { BASE, rosterClient } from "./helpers.ts";

interface User {
  sourcedId: string;
  givenName: string;
  familyName: string;
  dateLastModified: string;
}

const minor = (body: string) =>
  (JSON.parse(body) as { imsx_CodeMinor: { imsx_codeMinorField: { imsx_codeMinorFieldValue: string }[] } })
    .imsx_CodeMinor.imsx_codeMinorField[0]?.imsx_codeMinorFieldValue;

async function threeStudents(t: TestApp) {
  await createStudent(t, { first_name: "Ada", last_name: "O'Brien" });
  await createStudent(t, { first_name: "Grace", last_name: "Hopper" });
  await createStudent(t, { first_name: "Alan", last_name: "Turing" });
}

type Get = Awaited<ReturnType<typeof rosterClient>>;
const users = (get: Get, query: string) => get(`${BASE}/users?${query}`);

describe("OneRoster collection query parameters", () => {
  it("pages with limit and offset, counts the whole set and links first, next and last", async () => {
    const t = await testApp();
    const get = await rosterClient(t);
    await threeStudents(t);
    const first = await users(get, "limit=2");
    expect(first.json<{ users: User[] }>().users).toHaveLength(2);
    expect(first.headers["x-total-count"]).toBe("3");
    expect(first.headers.link).toContain('offset=2>; rel="next"');
    expect(first.headers.link).toContain('offset=0>; rel="first"');
    expect(first.headers.link).toContain('offset=2>; rel="last"');
    const second = await users(get, "limit=2&offset=2");
    expect(second.json<{ users: User[] }>().users).toHaveLength(1);
    expect(second.headers.link).toContain('rel="prev"');
    expect(second.headers.link).not.toContain('rel="next"');
    const all = [...first.json<{ users: User[] }>().users, ...second.json<{ users: User[] }>().users];
    expect(new Set(all.map((user) => user.sourcedId)).size).toBe(3);
  });

  it("refuses a limit above the maximum rather than cutting the page, and bad numbers", async () => {
    const t = await testApp();
    const get = await rosterClient(t);
    for (const query of [
      "limit=10001",
      "limit=0",
      "limit=abc",
      "offset=-1",
      "limit=1&limit=2",
      "orderBy=up",
    ]) {
      const response = await users(get, query);
      expect(response.statusCode, query).toBe(400);
      expect(minor(response.body), query).toBe("invaliddata");
    }
  });

  it("sorts on any field in either order, sourcedId breaking ties", async () => {
    const t = await testApp();
    const get = await rosterClient(t);
    await threeStudents(t);
    const ascending = (await users(get, "sort=familyName")).json<{ users: User[] }>().users;
    expect(ascending.map((user) => user.familyName)).toEqual(["Hopper", "O'Brien", "Turing"]);
    const descending = (await users(get, "sort=givenName&orderBy=desc")).json<{ users: User[] }>().users;
    expect(descending.map((user) => user.givenName)).toEqual(["Grace", "Alan", "Ada"]);
    expect((await users(get, "sort=shoeSize")).statusCode).toBe(400);
  });

  it("selects fields, and refuses an unknown one with invalid_selection_field", async () => {
    const t = await testApp();
    const get = await rosterClient(t);
    await threeStudents(t);
    const response = await users(get, "fields=givenName,familyName&limit=1");
    expect(Object.keys(response.json<{ users: object[] }>().users[0] ?? {})).toEqual([
      "givenName",
      "familyName",
    ]);
    const unknown = await users(get, "fields=givenName,shoeSize");
    expect(unknown.statusCode).toBe(400);
    expect(minor(unknown.body)).toBe("invalid_selection_field");
  });

  it("filters in SQL with each operator, quotes escaped, and counts the filtered set", async () => {
    const t = await testApp();
    const get = await rosterClient(t);
    await threeStudents(t);
    const names = async (filter: string) => {
      const response = await users(get, `filter=${encodeURIComponent(filter)}`);
      expect(response.statusCode, response.body).toBe(200);
      const list = response.json<{ users: User[] }>().users;
      expect(response.headers["x-total-count"]).toBe(String(list.length));
      return list.map((user) => user.givenName).sort();
    };
    expect(await names("familyName='O''Brien'")).toEqual(["Ada"]);
    expect(await names("familyName!='Hopper'")).toEqual(["Ada", "Alan"]);
    expect(await names("givenName~'a'")).toEqual(["Ada", "Alan", "Grace"]);
    expect(await names("givenName~'AL'")).toEqual(["Alan"]);
    expect(await names("familyName>'O'")).toEqual(["Ada", "Alan"]);
    expect(await names("familyName<='Hopper'")).toEqual(["Grace"]);
    expect(await names("givenName='Ada' OR givenName='Alan'")).toEqual(["Ada", "Alan"]);
    expect(await names("givenName~'a' AND familyName~'o'")).toEqual(["Ada", "Grace"]);
    expect(await names("givenName~'%'")).toEqual([]);
  });

  it("compares dateLastModified with dates and date-times, as time", async () => {
    const t = await testApp();
    const get = await rosterClient(t);
    await threeStudents(t);
    const list = (await users(get, "")).json<{ users: User[] }>().users;
    const newest = list
      .map((user) => user.dateLastModified)
      .sort()
      .at(-1) as string;
    const after = async (value: string) =>
      (await users(get, `filter=${encodeURIComponent(`dateLastModified>'${value}'`)}`)).json<{
        users: User[];
      }>().users.length;
    expect(await after(newest)).toBe(0);
    expect(await after("2000-01-01")).toBe(3);
    expect(await after("2000-01-01T00:00:00+01:00")).toBe(3);
    const plusOneHour = new Date(Date.parse(newest) + 3_600_000).toISOString().replace("Z", "+01:00");
    expect(await after(plusOneHour)).toBe(0);
  });

  it("refuses a malformed filter, an unknown field and a bad date with invalid_filter_field", async () => {
    const t = await testApp();
    const get = await rosterClient(t);
    for (const filter of [
      "familyName=Jones",
      "shoeSize='42'",
      "dateLastModified>'yesterday'",
      "dateLastModified>'2026-12-01T10:00:00'",
      "a='1' AND b='2' AND c='3'",
    ]) {
      const response = await users(get, `filter=${encodeURIComponent(filter)}`);
      expect(response.statusCode, filter).toBe(400);
      expect(minor(response.body), filter).toBe("invalid_filter_field");
    }
  });
});
