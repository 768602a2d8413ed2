// The API's router as a program outside the server sees it: every procedure's input and output,
// the error shape and the transformer, but not the server's context (the database client, the
// signed-in user), so the published declarations need none of the server's own types.
import type { AppRouter as ServerRouter } from "@kz/api";
import type { TRPCBuiltRouter } from "@trpc/server";

type Root = ServerRouter["_def"]["_config"]["$types"];

export type AppRouter = TRPCBuiltRouter<
  {
    ctx: object;
    meta: object;
    errorShape: Root["errorShape"];
    transformer: Root["transformer"];
  },
  ServerRouter["_def"]["record"]
>;
