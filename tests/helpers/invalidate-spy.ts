// The real cache invalidation, watched: tests see which cache tags a change invalidated. Every
// integration file gets it (tests/setup/integration-file.ts mocks @/lib/cache/invalidate with it);
// a test imports the spy and what it recorded from here:
//   import { invalidated, invalidateTags } from "../helpers/invalidate-spy";
//   beforeEach(() => invalidateTags.mockClear());
import { vi } from "vitest";

const actual =
  await vi.importActual<typeof import("@/lib/cache/invalidate")>("@/lib/cache/invalidate");

export const invalidateTags = vi.fn(actual.invalidateTags);

/** Every cache tag invalidated since the spy was last cleared, in order. */
export const invalidated = () => invalidateTags.mock.calls.flatMap((c) => c[0]);
