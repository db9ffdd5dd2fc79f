/** RFC 822 date as RSS 2.0 wants it: "Sat, 28 Nov 2026 14:05:00 GMT". */
export function rfc822(date: Date): string {
  return date.toUTCString();
}
