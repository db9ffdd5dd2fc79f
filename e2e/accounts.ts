export type DemoRole = "admin" | "editor" | "reporter";

export const DEMO_PASSWORD = "newsroom-demo";

export const DEMO_ACCOUNTS: { role: DemoRole; email: string; password: string }[] = [
  { role: "admin", email: "admin@newsroom.test", password: DEMO_PASSWORD },
  { role: "editor", email: "editor@newsroom.test", password: DEMO_PASSWORD },
  { role: "reporter", email: "reporter@newsroom.test", password: DEMO_PASSWORD },
];

export const storageStatePath = (role: DemoRole) => `e2e/.auth/${role}.json`;
