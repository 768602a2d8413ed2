/** nginx (Debian) started unprivileged under a temporary prefix, for the proxy and the static-file baseline. */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { sleep } from "../../../scripts/lib/processes";

const run = promisify(execFile);

export interface Nginx {
  prefix: string;
  stop: () => Promise<void>;
}

export async function nginxInstalled(): Promise<boolean> {
  return run("nginx", ["-v"]).then(
    () => true,
    () => false,
  );
}

/** Starts nginx with `-p <fresh temp dir> -c <config>`; the config's relative paths land in the prefix. */
export async function startNginx(config: string, prefix?: string): Promise<Nginx> {
  const dir = prefix ?? (await mkdtemp(path.join(os.tmpdir(), "kz-nginx-")));
  await mkdir(path.join(dir, "logs"), { recursive: true });
  const args = ["-p", dir, "-c", config, "-e", "stderr"];
  await run("nginx", ["-t", ...args]).catch((error: { stderr?: string }) => {
    throw new Error(`nginx refused ${config}:\n${error.stderr ?? String(error)}`);
  });
  await run("nginx", args);
  const pidFile = await findPidFile(dir, config);
  for (let i = 0; i < 40 && !existsSync(pidFile); i++) await sleep(50);
  return {
    prefix: dir,
    stop: async () => {
      await run("nginx", [...args, "-s", "quit"]).catch(() => undefined);
      for (let i = 0; i < 100 && existsSync(pidFile); i++) await sleep(50);
      if (!prefix) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The `pid` directive's file (relative to the prefix), or nginx's default. */
async function findPidFile(prefix: string, config: string): Promise<string> {
  const text = await readFile(config, "utf8");
  const pid = /^\s*pid\s+([^;]+);/m.exec(text)?.[1]?.trim() ?? "logs/nginx.pid";
  return path.isAbsolute(pid) ? pid : path.join(prefix, pid);
}

/** nginx serving the files of `root` on `port`, the way a static site would be served: the machine's limit. */
export async function startStaticNginx(root: string, port: number): Promise<Nginx> {
  const prefix = await mkdtemp(path.join(os.tmpdir(), "kz-nginx-static-"));
  const config = path.join(prefix, "nginx.conf");
  await writeFile(
    config,
    `worker_processes auto;
pid logs/nginx.pid;
error_log logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path tmp/body;
  proxy_temp_path tmp/proxy;
  fastcgi_temp_path tmp/fastcgi;
  uwsgi_temp_path tmp/uwsgi;
  scgi_temp_path tmp/scgi;
  default_type text/html;
  sendfile on;
  tcp_nopush on;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / { try_files $uri $uri.html =404; }
  }
}
`,
  );
  await mkdir(path.join(prefix, "tmp"), { recursive: true });
  const nginx = await startNginx(config, prefix);
  return {
    prefix,
    stop: async () => {
      await nginx.stop();
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
