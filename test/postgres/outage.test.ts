import { describe, expect, it } from "vitest";
import { freshDatabaseUrl } from "../helpers/database.ts";
import { adminUrl } from "../helpers/engine.ts";
import { adminHeaders, startServer } from "../helpers/server.ts";
import { tcpProxy } from "../helpers/tcp-proxy.ts";

describe("a PostgreSQL outage", () => {
  it(
    "answers 503 problems while the database is gone and recovers by itself",
    { timeout: 60_000 },
    async () => {
      const viaProxy = new URL(await freshDatabaseUrl());
      const target = new URL(adminUrl);
      const proxy = await tcpProxy(target.hostname, Number(target.port || 5432));
      viaProxy.host = `127.0.0.1:${proxy.port}`;
      const server = await startServer(viaProxy.toString());
      const call = (path: string) =>
        fetch(`${server.url}${path}`, { headers: adminHeaders }).catch((error: unknown) => {
          throw new Error(`GET ${path}: ${String(error)}\n${server.output()}`, { cause: error });
        });

      expect((await call("/api/v1/students")).status).toBe(200);

      await proxy.cut();
      const during = await call("/api/v1/students");
      expect(during.status).toBe(503);
      expect(during.headers.get("content-type")).toContain("application/problem+json");
      expect(await during.json()).toMatchObject({ status: 503, type: "/problems/database-unavailable" });
      expect((await call("/readyz")).status).toBe(503);
      expect((await call("/healthz")).status).toBe(200);

      await proxy.restore();
      let status = 0;
      for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
        status = (await call("/api/v1/students")).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(status).toBe(200);
      expect(server.process.exitCode).toBeNull();
    },
  );
});
