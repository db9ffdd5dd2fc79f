"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/shared/action-result";
import {
  FieldError,
  ItemActions,
  ItemForm,
  ItemList,
  Panel,
  PanelField,
  formatTime,
  useItemForm,
  usePanelList,
  type ListPanelProps,
} from "./form-bits";

export interface PanelSource {
  id: string;
  anonymous: boolean;
  publicDescription: string;
  headcount: number;
  basisOfKnowledge: string;
  anonymityReason: string;
  approvedAt: Date | null;
  approvedBy: { name: string } | null;
  privateIdentity: string | null;
  privateContact: string | null;
}

export interface SourcesPanelProps extends ListPanelProps {
  sources: PanelSource[];
  /** Passages in the current text attributed to each source id. */
  passages: Map<string, string[]>;
  canApprove: boolean;
  canViewPrivate: boolean;
  approve: (id: string) => Promise<ActionResult>;
}

// The story's sources beside the text: who supports which passage, and which support nothing.
export function SourcesPanel(props: SourcesPanelProps) {
  const { sources, passages, editable } = props;
  const { editing, setEditing, error, run, handlers, done } = usePanelList(props);
  return (
    <Panel id="sources" title="Sources" count={sources.length} error={error}>
      <ItemList
        items={sources}
        testId="source-item"
        editing={editing}
        editable={editable}
        addLabel="Add source"
        onAdd={() => setEditing("new")}
        form={(source) => <SourceForm {...props} source={source} onDone={done} />}
        show={(s, i) => {
          const supported = passages.get(s.id) ?? [];
          return (
            <>
              <p>
                <strong>{s.publicDescription}</strong>{" "}
                {s.anonymous ? (
                  <span className="badge warn">anonymous</span>
                ) : (
                  <span className="badge">named</span>
                )}{" "}
                <span className="muted">headcount {s.headcount}</span>
              </p>
              {s.basisOfKnowledge && <p className="muted">Knows because: {s.basisOfKnowledge}</p>}
              {s.anonymous && (
                <p className="muted">
                  Reason for anonymity:{" "}
                  {s.anonymityReason || <em className="field-error">none recorded</em>}
                </p>
              )}
              {props.canViewPrivate && (s.privateIdentity || s.privateContact) && (
                <p className="private">
                  Private: {s.privateIdentity}
                  {s.privateContact ? ` · ${s.privateContact}` : ""}
                </p>
              )}
              {s.anonymous &&
                (s.approvedAt ? (
                  <p className="ok">
                    Approved by {s.approvedBy?.name ?? "an editor"}, {formatTime(s.approvedAt)}
                  </p>
                ) : (
                  <p className="field-error">Not yet approved by an editor</p>
                ))}
              {supported.length ? (
                <p className="muted">Supports: {supported.map((t) => `“${t}”`).join(", ")}</p>
              ) : (
                <p className="warn-text">Supports no passage yet</p>
              )}
              <p className="actions">
                {props.canApprove && s.anonymous && !s.approvedAt && (
                  <button type="button" onClick={() => run(props.approve(s.id))}>
                    Approve source
                  </button>
                )}
                {editable && (
                  <ItemActions noun="source" list={sources} index={i} handlers={handlers} />
                )}
              </p>
            </>
          );
        }}
      />
    </Panel>
  );
}

function SourceForm({
  storyId,
  source,
  saveAction,
  canViewPrivate,
  onDone,
}: SourcesPanelProps & { source: PanelSource | null; onDone: () => void }) {
  const form = useItemForm(saveAction, onDone);
  const [anonymous, setAnonymous] = useState(source?.anonymous ?? false);
  return (
    <ItemForm
      form={form}
      label={source ? "Edit source" : "New source"}
      hidden={{ storyId, sourceId: source?.id ?? "" }}
      saveLabel={source ? "Save source" : "Add source"}
    >
      <label>
        <input
          type="checkbox"
          name="anonymous"
          checked={anonymous}
          onChange={(e) => setAnonymous(e.target.checked)}
        />{" "}
        Anonymous
      </label>
      <PanelField label="Public description" name="publicDescription" state={form.state}>
        {(name) => (
          <input
            name={name}
            defaultValue={source?.publicDescription}
            placeholder="two people briefed on the talks"
            required
          />
        )}
      </PanelField>
      <PanelField label="Headcount" name="headcount" state={form.state}>
        {(name) => (
          <input name={name} type="number" min={1} defaultValue={source?.headcount ?? 1} />
        )}
      </PanelField>
      <label>
        Basis of knowledge
        <input
          name="basisOfKnowledge"
          defaultValue={source?.basisOfKnowledge}
          placeholder="attended the meeting"
        />
      </label>
      {anonymous && (
        <label>
          Reason for anonymity
          <input
            name="anonymityReason"
            defaultValue={source?.anonymityReason}
            placeholder="not authorised to speak publicly"
          />
        </label>
      )}
      <FieldError state={form.state} name="anonymityReason" />
      {canViewPrivate && (
        <fieldset className="private">
          <legend>Private — never published</legend>
          <label>
            Identity
            <input name="privateIdentity" defaultValue={source?.privateIdentity ?? ""} />
          </label>
          <label>
            Contact
            <input name="privateContact" defaultValue={source?.privateContact ?? ""} />
          </label>
        </fieldset>
      )}
      {source?.approvedAt && (
        <p className="muted">
          Changing who the source is (identity, contact), how they know, the description, the
          headcount or the reason clears the editor&apos;s approval; an editor must approve again.
        </p>
      )}
    </ItemForm>
  );
}
