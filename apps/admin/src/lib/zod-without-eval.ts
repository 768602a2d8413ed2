import { z } from "zod";

// The first time Zod parses an object it tries `new Function` to see whether it may compile faster
// parsers. The admin's CSP has no 'unsafe-eval', so in the browser the attempt fails (harmlessly,
// Zod falls back) but is reported as a CSP violation; `jitless` skips it. The server, where no CSP
// applies, keeps the compiled parsers.
if (typeof window !== "undefined") z.config({ jitless: true });
