import { describe, expect, it } from "vitest";
import { testApp } from "../helpers/app.ts";
import { BASE, getOperations, rosterClient, seedRoster, validatorFor } from "./helpers.ts";

const operations = getOperations();
const statusInfo = validatorFor("#/components/schemas/imsx_StatusInfoDType");

function schemaRef(operation: ReturnType<typeof getOperations>[number]["operation"], status: string): string {
  const ref = operation.responses[status]?.content?.["application/json"]?.schema.$ref;
  if (ref === undefined) throw new Error(`${operation.operationId} declares no ${status} schema`);
  return ref;
}

const fill = (path: string, values: (name: string) => string) =>
  path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(values(name)));

describe("every GET operation of the official OneRoster 1.2 document", () => {
  it("has all 41 operations", () => {
    expect(operations).toHaveLength(41);
  });

  it("answers each with 200, a body valid against the document's schema, and the declared headers", async () => {
    const t = await testApp();
    const get = await rosterClient(t);
    const roster = await seedRoster(t);
    for (const { path, operation } of operations) {
      const collection = path.split("/")[1] ?? "";
      const single = path.endsWith("/{sourcedId}");
      const sourcedId = roster.records[collection];
      if (single && sourcedId === undefined) continue; // Registrar holds none: see the 404 test below.
      const url =
        BASE +
        fill(path, (name) => (name === "sourcedId" ? (sourcedId as string) : (roster.params[name] ?? "")));
      const response = await get(url);
      expect(response.statusCode, `${operation.operationId} ${url}: ${response.body}`).toBe(200);
      const validate = validatorFor(schemaRef(operation, "200"));
      expect(validate(response.json()), `${operation.operationId}: ${JSON.stringify(validate.errors)}`).toBe(
        true,
      );
      for (const header of Object.keys(operation.responses["200"]?.headers ?? {})) {
        expect(response.headers[header.toLowerCase()], `${operation.operationId} ${header}`).toBeDefined();
      }
      if (!single) {
        const [records] = Object.values(response.json<Record<string, unknown[]>>());
        expect(Number(response.headers["x-total-count"])).toBe(records?.length);
      }
    }
  });

  it("answers an unknown sourcedId in any path with 404 unknownobject in imsx_StatusInfoDType", async () => {
    const t = await testApp();
    const get = await rosterClient(t);
    await seedRoster(t);
    for (const { path, operation } of operations.filter(({ path }) => path.includes("{"))) {
      const response = await get(BASE + fill(path, () => "no-such-record"));
      expect(response.statusCode, `${operation.operationId}: ${response.body}`).toBe(404);
      const body = response.json<{
        imsx_CodeMinor: { imsx_codeMinorField: { imsx_codeMinorFieldValue: string }[] };
      }>();
      expect(statusInfo(body), JSON.stringify(statusInfo.errors)).toBe(true);
      expect(body.imsx_CodeMinor.imsx_codeMinorField[0]?.imsx_codeMinorFieldValue).toBe("unknownobject");
    }
  });

  it("serves no grading periods or demographics, which Registrar does not hold", async () => {
    const t = await testApp();
    const get = await rosterClient(t);
    await seedRoster(t);
    for (const [url, key] of [
      ["/gradingPeriods", "academicSessions"],
      ["/demographics", "demographics"],
    ] as const) {
      const response = await get(BASE + url);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ [key]: [] });
      expect(response.headers["x-total-count"]).toBe("0");
    }
  });
});
