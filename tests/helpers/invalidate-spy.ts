// The real cache invalidation, watched: tests see which cache tags a change invalidated.
//   vi.mock("@/lib/cache/invalidate", () => import("../helpers/invalidate-spy"));
//   vi.mocked(invalidateTags).mock.calls
import { vi } from "vitest";

const actual =
  await vi.importActual<typeof import("@/lib/cache/invalidate")>("@/lib/cache/invalidate");

export const invalidateTags = vi.fn(actual.invalidateTags);
