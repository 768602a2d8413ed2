import { createCaller, createContext } from "@kz/api";
import type { Db } from "@kz/db";

import { BENCH_ADMIN, WEB_URL } from "./setup";

/** A write token of the bench's admin, made the way the admin's token page makes one. */
export async function createWriteToken(db: Db): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { email: BENCH_ADMIN.email } });
  const caller = createCaller(
    createContext({
      db,
      user: { id: user.id, email: user.email, name: user.name, role: user.role },
      siteUrl: WEB_URL,
      ip: "127.0.0.1",
    }),
  );
  const { token } = await caller.token.create({
    name: "npm run bench",
    scopes: ["read:drafts", "write"],
  });
  return token;
}
