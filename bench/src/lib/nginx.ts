import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { stopGroup, waitForHttp } from "../../../scripts/lib/processes";

export interface NginxOptions {
  /** One of the committed configurations, e.g. `<repo>/deploy/nginx.two-instances.conf`. */
  confPath: string;
  /** Where nginx listens on 127.0.0.1 instead of the file's 8080. */
  port: number;
  /** The upstream's ports instead of the file's, in the order of its `server` lines. */
  upstreamPorts?: number[];
  log: (message: string) => void;
}

export interface RunningNginx {
  url: string;
  stop: () => Promise<void>;
}

/**
 * The committed file with this run's ports. nginx has no variables for `listen` or upstream
 * servers, so the copy is rewritten; its includes point back at the committed files.
 */
export function renderNginxConf(
  source: string,
  confDir: string,
  port: number,
  upstreamPorts: number[] = [],
): string {
  let server = 0;
  return source
    .replace(/^(\s*)listen 127\.0\.0\.1:8080;/m, `$1listen 127.0.0.1:${port};`)
    .replace(
      /^(\s*)include (nginx\/[\w.-]+);/gm,
      (_, indent: string, file: string) => `${indent}include ${path.join(confDir, file)};`,
    )
    .replace(/^(\s*)server 127\.0\.0\.1:\d+;/gm, (line, indent: string) => {
      const replacement = upstreamPorts[server++];
      return replacement === undefined ? line : `${indent}server 127.0.0.1:${replacement};`;
    });
}

/**
 * Starts nginx in the foreground, with a fresh prefix (cache, logs, temporary files) that is
 * removed when it stops.
 */
export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const prefix = await mkdtemp(path.join(tmpdir(), "kz-nginx-"));
  // Under a root master, nginx's workers run as `nobody` and must reach their cache folders.
  await chmod(prefix, 0o755);
  const conf = path.join(prefix, "nginx.conf");
  // Includes inside the included files (site.conf's `include nginx/api-cache.conf`) are resolved
  // against the prefix's copy, not rewritten: the prefix gets the committed folder as `nginx/`.
  const includes = path.join(path.dirname(options.confPath), "nginx");
  if (existsSync(includes)) await symlink(includes, path.join(prefix, "nginx"));
  const source = await readFile(options.confPath, "utf8");
  await writeFile(
    conf,
    renderNginxConf(source, path.dirname(options.confPath), options.port, options.upstreamPorts),
  );

  const child = spawn("nginx", ["-p", prefix, "-c", conf, "-g", "daemon off;"], {
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let failure: string | null = null;
  child.stderr?.on("data", (chunk: Buffer) => options.log(`[nginx] ${chunk.toString().trim()}`));
  child.once("error", (error) => (failure = `nginx could not start: ${error.message}`));
  child.once("exit", (code) => (failure ??= `nginx exited with code ${code ?? "?"}`));

  const url = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (child.pid !== undefined) await stopGroup(child.pid);
    await rm(prefix, { recursive: true, force: true });
  };
  try {
    await waitForHttp(`${url}/`, { timeoutMs: 10_000, gaveUp: () => failure });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

export async function nginxInstalled(): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn("nginx", ["-v"], { stdio: "ignore" });
    child.once("error", () => resolve(false));
    child.once("exit", (code) => resolve(code === 0));
  });
}

/**
 * nginx serving the files of `root` (`/<name>` → `<name>.html`), as a static site would be served:
 * the machine's limit. Written like the committed configs (listening on 8080 until rendered).
 */
export async function startStaticNginx(
  root: string,
  port: number,
  log: (message: string) => void,
): Promise<RunningNginx> {
  const dir = await mkdtemp(path.join(tmpdir(), "kz-nginx-static-conf-"));
  const confPath = path.join(dir, "nginx.conf");
  await writeFile(
    confPath,
    `pid nginx.pid;
error_log error.log warn;
worker_processes auto;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path body;
  proxy_temp_path proxy;
  fastcgi_temp_path fastcgi;
  uwsgi_temp_path uwsgi;
  scgi_temp_path scgi;
  default_type text/html;
  sendfile on;
  tcp_nopush on;
  server {
    listen 127.0.0.1:8080;
    root ${root};
    location / { try_files $uri $uri.html =404; }
  }
}
`,
  );
  const nginx = await startNginx({ confPath, port, log });
  return {
    url: nginx.url,
    stop: async () => {
      await nginx.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
