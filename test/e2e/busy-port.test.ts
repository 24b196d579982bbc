import { createServer, type Server } from "node:net";
import { describe, expect, it, onTestFinished } from "vitest";
import { freshDatabaseUrl } from "../helpers/database.ts";
import { serverRefusal } from "../helpers/server.ts";

/** A port that something else is listening on, until the test ends. */
async function occupiedPort(): Promise<number> {
  const blocker: Server = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) =>
        blocker.close(() => {
          resolve();
        }),
      ),
  );
  const address = blocker.address();
  if (address === null || typeof address === "string") throw new Error("the blocker has no port");
  return address.port;
}

describe("starting on a busy port", () => {
  it(
    "says which port is taken and how to choose another, without a stack trace, and exits 1",
    { timeout: 60_000 },
    async () => {
      const port = await occupiedPort();

      const refused = await serverRefusal(await freshDatabaseUrl(), {
        PORT: String(port),
        HOST: "127.0.0.1",
      });

      expect(refused.code).toBe(1);
      expect(refused.output).toContain(`Port ${port} is already in use (127.0.0.1:${port})`);
      expect(refused.output).toMatch(/choose another port with PORT, e\.g\. PORT=\d+ npm start/);
      expect(refused.output).not.toMatch(/\n\s+at /);
      expect(refused.output).not.toContain("EADDRINUSE");
    },
  );
});
