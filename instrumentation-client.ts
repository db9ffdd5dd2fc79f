import { config } from "zod/v4/core";

// Runs in the browser before the newsroom's code. zod 4 compiles object parsers with `new Function`
// when it may, and finds out by trying once; under the newsroom's Content-Security-Policy (no
// 'unsafe-eval', lib/security/headers.ts) that try is refused and reported as a violation, though
// zod then falls back to interpreting. `jitless` skips the try and interprets from the start.
config({ jitless: true });
