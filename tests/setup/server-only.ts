// Stand-in for the `server-only` marker package under Vitest (it only guards client bundles).
export {};
