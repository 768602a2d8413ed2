import net from "node:net";

/**
 * True when nothing listens on the port. Binds the wildcard address like `next start` does
 * (which also collides with a server bound only to 127.0.0.1), then also tries to connect,
 * because a listener on ::1 alone would not block the bind.
 */
export async function isPortFree(port: number): Promise<boolean> {
  const bindable = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, exclusive: true }, () => server.close(() => resolve(true)));
  });
  if (!bindable) return false;
  const answers = await Promise.all(["127.0.0.1", "::1"].map((host) => canConnect(host, port)));
  return !answers.includes(true);
}

export function canConnect(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

export function portInUseMessage(port: number, envVar: string): string {
  return `Port ${port} is in use — stop the other process (lsof -i :${port}) or set ${envVar}`;
}

/** A port that nothing listened on a moment ago, picked by the system. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
