import { describe, expect, it } from "vitest";
import { testApp } from "../helpers/app.ts";
import { BASE, rosterClient, seedRoster } from "./helpers.ts";

/** Every org reference a record carries, wherever it is. */
function orgRefs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(orgRefs);
  if (typeof value !== "object" || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = record.type === "org" && typeof record.sourcedId === "string" ? [record.sourcedId] : [];
  return [...own, ...Object.values(record).flatMap(orgRefs)];
}

describe("the one OneRoster org", () => {
  it("is Registrar (registrar-school) when ORG_NAME and ORG_SOURCED_ID are unset", async () => {
    const t = await testApp();
    const get = await rosterClient(t);
    const orgs = (await get(`${BASE}/orgs`)).json<{ orgs: Record<string, unknown>[] }>().orgs;
    expect(orgs).toMatchObject([
      { sourcedId: "registrar-school", name: "Registrar", type: "school", identifier: "registrar-school" },
    ]);
  });

  it("is the configured org everywhere: the orgs, every reference to it, and the school paths", async () => {
    const t = await testApp({ oneRosterOrg: { sourcedId: "lhs-001", name: "Lincoln High" } });
    const get = await rosterClient(t);
    const seeded = await seedRoster(t);
    const orgs = (await get(`${BASE}/orgs`)).json<{ orgs: Record<string, unknown>[] }>().orgs;
    expect(orgs).toMatchObject([{ sourcedId: "lhs-001", name: "Lincoln High", identifier: "lhs-001" }]);
    expect((await get(`${BASE}/schools/lhs-001`)).statusCode).toBe(200);
    expect((await get(`${BASE}/schools/registrar-school`)).statusCode).toBe(404);

    for (const collection of ["courses", "classes", "users", "enrollments"]) {
      const body: unknown = (await get(`${BASE}/${collection}`)).json();
      const refs = orgRefs(body);
      expect(refs.length, collection).toBeGreaterThan(0);
      expect(new Set(refs), collection).toEqual(new Set(["lhs-001"]));
    }
    const section = seeded.params.classSourcedId;
    const roster = await get(`${BASE}/schools/lhs-001/classes/${section}/enrollments`);
    expect(roster.statusCode).toBe(200);
    expect(roster.json<{ enrollments: unknown[] }>().enrollments.length).toBeGreaterThan(0);
    const students = await get(`${BASE}/schools/lhs-001/students`);
    expect(students.json<{ users: unknown[] }>().users.length).toBeGreaterThan(0);
  });
});
