export { createDb, type Db, type CreateDbOptions } from "./client";
export * from "./generated/prisma/client";
export { hashPassword, verifyPassword } from "./password";
