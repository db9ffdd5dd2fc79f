import type { JSONContent } from "@tiptap/core";
import { countWords, documentToPlainText } from "@/lib/editor/document";
import { renderStoryHtml } from "@/lib/editor/render";

export interface DerivedBody {
  bodyText: string;
  bodyHtml: string;
  wordCount: number;
}

// Everything stored beside the JSON, computed once per save (Ghost keeps lexical + html + plaintext).
export function deriveBody(doc: JSONContent): DerivedBody {
  const bodyText = documentToPlainText(doc);
  return { bodyText, bodyHtml: renderStoryHtml(doc), wordCount: countWords(bodyText) };
}
