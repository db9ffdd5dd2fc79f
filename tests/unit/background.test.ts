import { afterEach, describe, expect, it, vi } from "vitest";
import { repeatInBackground } from "@/lib/shared/background";

const timing = { everyMs: 1_000, firstAfterMs: 100, failed: "test: job failed" };

describe("repeatInBackground", () => {
  afterEach(() => vi.useRealTimers());

  it("runs first after firstAfterMs, then every everyMs, and starts once per name", async () => {
    vi.useFakeTimers();
    const job = vi.fn(async () => {});
    expect(repeatInBackground("test-once", job, timing)).toBe(true);
    expect(repeatInBackground("test-once", job, timing)).toBe(false);
    await vi.advanceTimersByTimeAsync(99);
    expect(job).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(job).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(job).toHaveBeenCalledTimes(3);
  });

  it("never overlaps a run still going, and keeps going after a failed run", async () => {
    vi.useFakeTimers();
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    let calls = 0;
    const job = vi.fn(async () => {
      calls++;
      if (calls === 1) await new Promise((resolve) => setTimeout(resolve, 2_500));
      if (calls === 2) throw new Error("boom");
    });
    repeatInBackground("test-overlap", job, timing);
    await vi.advanceTimersByTimeAsync(100); // the first run starts and takes 2.5 s
    await vi.advanceTimersByTimeAsync(2_000); // two ticks come while it runs: both skipped
    expect(job).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000); // it has ended; the next tick runs and fails
    expect(job).toHaveBeenCalledTimes(2);
    expect(error).toHaveBeenCalledWith("test: job failed", expect.any(Error));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(job).toHaveBeenCalledTimes(3);
    error.mockRestore();
  });
});
