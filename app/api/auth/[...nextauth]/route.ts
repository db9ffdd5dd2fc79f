// Auth.js endpoints (session, CSRF, sign-out) for the browser.
export { GET, POST } from "@/lib/auth/handlers";
