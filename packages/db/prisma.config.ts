import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    // `prisma generate` never connects, but the config must parse without a DATABASE_URL (e.g. in postinstall).
    url: process.env.DATABASE_URL ?? "postgresql://placeholder@127.0.0.1:5432/placeholder",
  },
});
