import { handlers } from "~/auth";

// Auth.js endpoints (session, csrf, sign-out, credentials callback) under /api/auth.
export const { GET, POST } = handlers;
