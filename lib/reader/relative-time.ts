// "4 minutes ago", "3 hours ago", "2 days ago". The server writes the text as of render time inside a
// <time datetime>, so it is right without JavaScript; RELATIVE_TIME_SCRIPT re-computes it from the
// reader's clock on load. Cached pages are at most ~1 minute old (lib/reader/page-cache.ts TTL), so
// the server-written text is off by at most about a minute for a reader without JavaScript.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function relativeTime(then: Date, now: Date = new Date()): string {
  const diff = now.getTime() - then.getTime();
  if (diff < MINUTE) return "just now";
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"} ago`;
  if (diff < HOUR) return unit(Math.floor(diff / MINUTE), "minute");
  if (diff < DAY) return unit(Math.floor(diff / HOUR), "hour");
  if (diff < 30 * DAY) return unit(Math.floor(diff / DAY), "day");
  if (diff < 365 * DAY) return unit(Math.floor(diff / (30 * DAY)), "month");
  return unit(Math.floor(diff / (365 * DAY)), "year");
}

/** The same rules as relativeTime, for the browser; kept tiny (inline, well under 1 KB). */
export const RELATIVE_TIME_SCRIPT =
  `(function(){var M=6e4,H=36e5,D=864e5,n=Date.now();function u(x,w){return x+" "+w+(x===1?"":"s")+" ago"}` +
  `document.querySelectorAll("time[data-rel]").forEach(function(t){var d=n-Date.parse(t.getAttribute("datetime"));` +
  `if(isNaN(d))return;t.textContent=d<M?"just now":d<H?u(Math.floor(d/M),"minute"):d<D?u(Math.floor(d/H),"hour")` +
  `:d<30*D?u(Math.floor(d/D),"day"):d<365*D?u(Math.floor(d/(30*D)),"month"):u(Math.floor(d/(365*D)),"year")})})();`;

/** "28 November 2026, 14:05 UTC": absolute, unambiguous, for published/updated lines. */
export function absoluteTime(date: Date): string {
  const months = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  const hh = String(date.getUTCHours()).padStart(2, "0");
  const mm = String(date.getUTCMinutes()).padStart(2, "0");
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${hh}:${mm} UTC`;
}
