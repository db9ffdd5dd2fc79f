// XML text and attribute escaping, and removal of characters XML 1.0 forbids (a stray control
// character in a headline must not make a whole feed unparseable).
const INVALID_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function xmlEscape(value: string): string {
  return value
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** RFC 822 date as RSS 2.0 wants it: "Sat, 28 Nov 2026 14:05:00 GMT". */
export function rfc822(date: Date): string {
  return date.toUTCString();
}
