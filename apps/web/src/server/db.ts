import { appDb } from "@kz/db";

import { env } from "../env";

export const db = appDb(env);
