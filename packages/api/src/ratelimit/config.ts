// The API's limits as environment variables: zod only, so each app's env.ts can validate them
// (`@kz/api/config`) without loading server code.
import { z } from "zod";

export interface Window {
  /** Points (calls) allowed per window. */
  points: number;
  windowSeconds: number;
}

const UNITS = { s: 1, m: 60, h: 3600 } as const;

/** `300/1m`: 300 points per minute. Units: s, m, h. */
export const windowSpec = z
  .string()
  .trim()
  .regex(/^\d{1,7}\/\d{1,5}[smh]$/, "Write a limit as <points>/<duration>, e.g. 300/1m or 10/15m")
  .transform((spec): Window => {
    const [points = "", duration = ""] = spec.split("/");
    const unit = duration.slice(-1) as keyof typeof UNITS;
    return { points: Number(points), windowSeconds: Number(duration.slice(0, -1)) * UNITS[unit] };
  })
  .refine((w) => w.points >= 1 && w.windowSeconds >= 1, "A limit needs at least 1 point per 1s");

/** The most calls one HTTP request may batch; @kz/client batches at most this many by default. */
export const DEFAULT_MAX_BATCH = 10;

export const DEFAULT_LIMITS = {
  RATE_LIMIT_PUBLIC: "300/1m",
  RATE_LIMIT_PUBLIC_GLOBAL: "60000/1m",
  RATE_LIMIT_SEARCH: "60/1m",
  RATE_LIMIT_TOKEN: "600/1m",
  RATE_LIMIT_LOGIN: "10/15m",
  RATE_LIMIT_LOGIN_ADDRESS: "30/15m",
  RATE_LIMIT_LOGIN_GLOBAL: "60/1m",
} as const;

/** Spread into an app's `createEnv({ server: { … } })`. */
export const apiLimitsEnv = {
  // Behind a reverse proxy that sets or appends X-Forwarded-For, set to 1: the client's address is
  // then the header's last entry. Otherwise the header is ignored (a client can forge it).
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  // Anonymous calls per client address (see buckets.ts for how the address is read).
  RATE_LIMIT_PUBLIC: windowSpec.prefault(DEFAULT_LIMITS.RATE_LIMIT_PUBLIC),
  // Anonymous calls of all clients together: the server's own ceiling, which no single address
  // can reach on its own (each is stopped at RATE_LIMIT_PUBLIC first).
  RATE_LIMIT_PUBLIC_GLOBAL: windowSpec.prefault(DEFAULT_LIMITS.RATE_LIMIT_PUBLIC_GLOBAL),
  // Full-text searches (the search API, and any list given `q`) per client address: a bucket of
  // their own, as each costs far more than a read by key.
  RATE_LIMIT_SEARCH: windowSpec.prefault(DEFAULT_LIMITS.RATE_LIMIT_SEARCH),
  // Calls per API token.
  RATE_LIMIT_TOKEN: windowSpec.prefault(DEFAULT_LIMITS.RATE_LIMIT_TOKEN),
  // Sign-in attempts per email and client address (on top of the lockout after 5 wrong passwords).
  RATE_LIMIT_LOGIN: windowSpec.prefault(DEFAULT_LIMITS.RATE_LIMIT_LOGIN),
  // Sign-in attempts per client address, whatever the email (with TRUST_PROXY=1): a flood of
  // made-up emails from one place.
  RATE_LIMIT_LOGIN_ADDRESS: windowSpec.prefault(DEFAULT_LIMITS.RATE_LIMIT_LOGIN_ADDRESS),
  // Sign-in attempts of all clients together: each costs an argon2 hash and an audit row, so a
  // flood from many addresses must not starve the editors' own requests.
  RATE_LIMIT_LOGIN_GLOBAL: windowSpec.prefault(DEFAULT_LIMITS.RATE_LIMIT_LOGIN_GLOBAL),
  API_MAX_BATCH: z.coerce.number().int().min(1).max(100).default(DEFAULT_MAX_BATCH),
};

export interface ApiLimits {
  trustProxy: boolean;
  public: Window;
  publicGlobal: Window;
  search: Window;
  token: Window;
  login: Window;
  loginAddress: Window;
  loginGlobal: Window;
  maxBatch: number;
}

type ParsedEnv = {
  [K in keyof typeof apiLimitsEnv]: z.output<(typeof apiLimitsEnv)[K]>;
};

/** The validated env as the API's limits. */
export function apiLimitsOf(env: ParsedEnv): ApiLimits {
  return {
    trustProxy: env.TRUST_PROXY === "1",
    public: env.RATE_LIMIT_PUBLIC,
    publicGlobal: env.RATE_LIMIT_PUBLIC_GLOBAL,
    search: env.RATE_LIMIT_SEARCH,
    token: env.RATE_LIMIT_TOKEN,
    login: env.RATE_LIMIT_LOGIN,
    loginAddress: env.RATE_LIMIT_LOGIN_ADDRESS,
    loginGlobal: env.RATE_LIMIT_LOGIN_GLOBAL,
    maxBatch: env.API_MAX_BATCH,
  };
}

/** The defaults, parsed: for tests and tools that have no env. */
export const defaultApiLimits = (): ApiLimits => apiLimitsOf(z.object(apiLimitsEnv).parse({}));
