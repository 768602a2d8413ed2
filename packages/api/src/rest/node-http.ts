// A fetch handler served by node:http on a spare loopback port, for tests, the bench and example
// runs that need the REST API without a Next build. X-Forwarded-For is filled in from the socket
// when the request has none, as `next start` does, so the rate limits see what they see there.
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface LocalServer {
  url: string;
  close(): Promise<void>;
}

export async function serveLocally(
  handler: (req: Request) => Promise<Response>,
): Promise<LocalServer> {
  const server = http.createServer((req, res) => {
    req.headers["x-forwarded-for"] ??= req.socket.remoteAddress;
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) {
      if (typeof value === "string") headers.set(key, value);
    }
    const request = new Request(`http://127.0.0.1${req.url ?? "/"}`, {
      method: req.method,
      headers,
    });
    handler(request)
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((error: unknown) => {
        console.error("[serveLocally]", error);
        res.writeHead(500).end();
      });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
