// When an external article was published, as a writer types it under deadline: "now", "4 minutes
// ago", "an hour ago", a clock time today ("13:57"), or a date and time ("2026-12-01 13:57", also
// the browser's datetime-local form "2026-12-01T13:57"). Clock and date times are the writer's own
// local time, given by the browser's offset (minutes behind UTC, as `getTimezoneOffset()` says).

export type PublishedAt = { ok: true; date: Date | undefined } | { ok: false; message: string };

export const PUBLISHED_AT_HELP = "“now”, “4 minutes ago”, “13:57” or “2026-12-01 13:57”";

const UNIT_MS: Record<string, number> = {
  second: 1_000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
};
const UNITS: [RegExp, keyof typeof UNIT_MS][] = [
  [/^(s|secs?|seconds?)$/, "second"],
  [/^(m|mins?|minutes?)$/, "minute"],
  [/^(h|hrs?|hours?)$/, "hour"],
  [/^(d|days?)$/, "day"],
  [/^(w|wks?|weeks?)$/, "week"],
];

export function parsePublishedAt(
  raw: unknown,
  offsetMinutes: unknown,
  now: Date = new Date(),
): PublishedAt {
  const text = typeof raw === "string" ? raw.trim().toLowerCase().replace(/\s+/g, " ") : "";
  if (!text) return { ok: true, date: undefined };
  const offset = Number.isFinite(Number(offsetMinutes)) ? Number(offsetMinutes) : 0;
  const bad: PublishedAt = {
    ok: false,
    message: `Say when it was published: ${PUBLISHED_AT_HELP}.`,
  };
  if (text === "now" || text === "just now") return { ok: true, date: new Date(now) };

  const ago = /^(\d+|an?|one) ?([a-z]+) ago$/.exec(text);
  if (ago) {
    const unit = UNITS.find(([pattern]) => pattern.test(ago[2]))?.[1];
    if (!unit) return bad;
    const count = /^\d+$/.test(ago[1]) ? Number(ago[1]) : 1;
    return { ok: true, date: new Date(now.getTime() - count * UNIT_MS[unit]) };
  }

  // The writer's wall clock is UTC shifted by the offset: work in that shifted frame, then shift back.
  const local = new Date(now.getTime() - offset * 60_000);
  const toUtc = (y: number, mo: number, d: number, h: number, mi: number) =>
    new Date(Date.UTC(y, mo, d, h, mi) + offset * 60_000);

  const clock = /^(?:today,? )?(\d{1,2})[:.h](\d{2})$/.exec(text);
  if (clock) {
    const [h, mi] = [Number(clock[1]), Number(clock[2])];
    if (h > 23 || mi > 59) return bad;
    const date = toUtc(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), h, mi);
    // A clock time later than now was yesterday's (an article cannot be published in the future).
    if (date.getTime() > now.getTime() + 5 * 60_000) date.setTime(date.getTime() - UNIT_MS.day);
    return { ok: true, date };
  }

  const full = /^(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{1,2}):(\d{2}))?$/.exec(text);
  if (full) {
    const [y, mo, d, h, mi] = full.slice(1).map((v) => Number(v ?? 0));
    const date = toUtc(y, mo - 1, d, h, mi);
    const check = new Date(date.getTime() - offset * 60_000);
    // 2026-02-31 and 25:00 are not times.
    if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return bad;
    return { ok: true, date };
  }
  return bad;
}

/** The stored time as the form shows it, in the writer's local time: "2026-12-01 13:57". */
export function formatPublishedAt(value: Date | string | null | undefined): string {
  if (!value) return "";
  const d = new Date(value);
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16).replace("T", " ");
}
