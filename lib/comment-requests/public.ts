// A request for comment as the reader's "how this story was reported" and the editor's panel show
// it: none of its fields is private.
export const commentRequestSelect = {
  id: true,
  organisation: true,
  channel: true,
  sentAt: true,
  deadline: true,
  outcome: true,
  responseText: true,
  respondedAt: true,
} as const;
