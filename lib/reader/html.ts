// A small, safe HTML templating layer for the reader's pages. Every interpolated value is escaped
// unless it is already SafeHtml: the only ways to make SafeHtml are this template itself and
// `trustedHtml`, used for Story.bodyHtml (rendered at save from validated JSON by lib/editor/render.ts)
// and for ts_headline excerpts that were escaped before the highlight marks went in.

import { escapeMarkup } from "@/lib/shared/escape";

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation =
  SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

function renderValue(value: Interpolation): string {
  if (value === null || value === undefined || value === false || value === true) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(renderValue).join("");
  return escapeMarkup(String(value));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested `html` results pass through. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += renderValue(values[i]) + (strings[i + 1] ?? "");
  return new SafeHtml(out);
}

/** Marks HTML the caller vouches for. Only for pre-rendered story bodies and pre-escaped excerpts. */
export function trustedHtml(value: string): SafeHtml {
  return new SafeHtml(value);
}

/** JSON for a <script type="application/ld+json"> block: `<` escaped so no string can close the tag. */
export function jsonForScript(value: unknown): SafeHtml {
  return new SafeHtml(
    JSON.stringify(value)
      .replace(/</g, "\\u003c")
      .replace(/>/g, "\\u003e")
      .replace(/&/g, "\\u0026")
      .replace(/\u2028/g, "\\u2028")
      .replace(/\u2029/g, "\\u2029"),
  );
}
