import { html } from "./html";
import { layout } from "./layout";

// 400 / 404 / 410 / 500 pages for the reader's routes: plain, helpful, never a stack trace.

const texts: Record<number, { title: string; message: string }> = {
  400: {
    title: "That address is not valid",
    message:
      "Part of this address is not something we can look up. Check the link, or search for the story.",
  },
  404: {
    title: "Page not found",
    message: "There is nothing at this address. It may have moved, or the link may be mistyped.",
  },
  410: {
    title: "This story has been withdrawn",
    message: "We have unpublished this story. It is no longer available.",
  },
  500: {
    title: "Something went wrong",
    message: "We could not show this page just now. Please try again in a moment.",
  },
};

export function errorPage(status: 400 | 404 | 410 | 500) {
  const { title, message } = texts[status];
  const main = html`<h1>${title}</h1><p>${message}</p><p><a href="/">Go to the front page</a> or <a href="/search">search our stories</a>.</p>`;
  return {
    status,
    contentType: "text/html; charset=utf-8",
    body: layout({ title, noindex: true }, main),
  };
}
