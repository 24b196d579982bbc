import { createServer, connect, type Server, type Socket } from "node:net";
import { onTestFinished } from "vitest";
import { freePort } from "./server.ts";

export interface TcpProxy {
  port: number;
  /** The database "goes down": open connections break and new ones are refused. */
  cut: () => Promise<void>;
  /** The database "comes back" on the same port. */
  restore: () => Promise<void>;
}

/** A TCP proxy in front of a real server, to simulate an outage without stopping the shared server. */
export async function tcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const port = await freePort();
  const sockets = new Set<Socket>();
  let server: Server | undefined;

  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(targetPort, targetHost);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", resolve);
    });

  const cut = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (server) {
        server.close(() => {
          resolve();
        });
      } else {
        resolve();
      }
      server = undefined;
    });

  await listen();
  onTestFinished(cut);
  return { port, cut, restore: listen };
}
