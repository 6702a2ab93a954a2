import { z } from "zod";

// Runs before any page module, so no zod schema is built before this: zod 4 otherwise probes
// `new Function` when a schema is created, and the CSP reports that probe as a violation (decision 0041).
z.config({ jitless: true });
