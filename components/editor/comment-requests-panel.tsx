"use client";

import { useState } from "react";
import { buildCommentSentences } from "@/lib/comment-requests/sentences";
import { Options } from "@/components/options";
import {
  FieldError,
  ItemActions,
  ItemForm,
  ItemList,
  Panel,
  PanelField,
  formatTime,
  toLocalInput,
  useItemForm,
  usePanelList,
  type ListPanelProps,
} from "./form-bits";

export interface PanelCommentRequest {
  id: string;
  organisation: string;
  channel: "EMAIL" | "PHONE" | "FAX" | "IN_PERSON" | "OTHER";
  sentAt: Date;
  deadline: Date | null;
  outcome: "PENDING" | "RESPONDED" | "DECLINED" | "NO_RESPONSE";
  responseText: string;
  respondedAt: Date | null;
}

const CHANNELS = {
  EMAIL: "Email",
  PHONE: "Phone",
  FAX: "Fax",
  IN_PERSON: "In person",
  OTHER: "Other",
} as const;
const OUTCOMES = {
  PENDING: "Pending",
  RESPONDED: "Responded",
  DECLINED: "Declined to comment",
  NO_RESPONSE: "No response",
} as const;

export interface CommentRequestsPanelProps extends ListPanelProps {
  requests: PanelCommentRequest[];
  insert: (text: string) => void;
}

// Requests for comment, and the wire-desk sentences built from them for the writer to insert.
export function CommentRequestsPanel(props: CommentRequestsPanelProps) {
  const { requests, editable } = props;
  const sentences = buildCommentSentences(requests);
  const { editing, setEditing, error, handlers, done } = usePanelList(props);
  return (
    <Panel id="requests" title="Requests for comment" count={requests.length} error={error}>
      <ItemList
        items={requests}
        testId="comment-request-item"
        editing={editing}
        editable={editable}
        addLabel="Add request for comment"
        onAdd={() => setEditing("new")}
        form={(request) => <RequestForm {...props} request={request} onDone={done} />}
        show={(r, i) => (
          <>
            <p>
              <strong>{r.organisation}</strong> <span className="badge">{OUTCOMES[r.outcome]}</span>
            </p>
            <p className="muted">
              {CHANNELS[r.channel]}, sent {formatTime(r.sentAt)}
              {r.deadline ? `, deadline ${formatTime(r.deadline)}` : ""}
              {r.respondedAt ? `, answered ${formatTime(r.respondedAt)}` : ""}
            </p>
            {r.responseText && <blockquote>{r.responseText}</blockquote>}
            {editable && (
              <p className="actions">
                <ItemActions noun="request" list={requests} index={i} handlers={handlers} />
              </p>
            )}
          </>
        )}
      />
      {sentences.length > 0 && (
        <div className="sentences">
          <h3>Standard sentences</h3>
          <ul className="plain">
            {sentences.map((s) => (
              <li key={s.text}>
                <span>{s.text}</span>{" "}
                {editable && (
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => props.insert(s.text)}
                    aria-label={`Insert: ${s.text}`}
                  >
                    Insert
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Panel>
  );
}

function RequestForm({
  storyId,
  request,
  saveAction,
  onDone,
}: CommentRequestsPanelProps & { request: PanelCommentRequest | null; onDone: () => void }) {
  const form = useItemForm(saveAction, onDone);
  const [outcome, setOutcome] = useState<string>(request?.outcome ?? "PENDING");
  return (
    <ItemForm
      form={form}
      label={request ? "Edit request for comment" : "New request for comment"}
      hidden={{ storyId, requestId: request?.id ?? "" }}
      times
      saveLabel={request ? "Save request" : "Add request"}
    >
      <PanelField label="Organisation or person" name="organisation" state={form.state}>
        {(name) => <input name={name} defaultValue={request?.organisation} required />}
      </PanelField>
      <label>
        Channel
        <select name="channel" defaultValue={request?.channel ?? "EMAIL"}>
          <Options labels={CHANNELS} />
        </select>
      </label>
      <PanelField label="Sent at" name="sentAt" state={form.state}>
        {(name) => (
          <input
            type="datetime-local"
            name={name}
            defaultValue={toLocalInput(request?.sentAt ?? new Date())}
            required
          />
        )}
      </PanelField>
      <PanelField label="Deadline" name="deadline" state={form.state}>
        {(name) => (
          <input type="datetime-local" name={name} defaultValue={toLocalInput(request?.deadline)} />
        )}
      </PanelField>
      <label>
        Outcome
        <select name="outcome" value={outcome} onChange={(e) => setOutcome(e.target.value)}>
          <Options labels={OUTCOMES} />
        </select>
      </label>
      {outcome === "RESPONDED" && (
        <label>
          Response
          <textarea name="responseText" defaultValue={request?.responseText} rows={3} />
        </label>
      )}
      <FieldError state={form.state} name="responseText" />
      {(outcome === "RESPONDED" || outcome === "DECLINED") && (
        <label>
          Answered at
          <input
            type="datetime-local"
            name="respondedAt"
            defaultValue={toLocalInput(request?.respondedAt)}
          />
        </label>
      )}
    </ItemForm>
  );
}
