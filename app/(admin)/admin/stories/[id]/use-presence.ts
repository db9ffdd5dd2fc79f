"use client";

import { useEffect, useState } from "react";
import { heartbeatAction, leaveAction } from "./actions";

const HEARTBEAT_MS = 20_000;

/** Who else has the story open, and the version the server holds now (a heartbeat every 20 s). */
export function usePresence(storyId: string, openedVersion: number) {
  const [others, setOthers] = useState<{ id: string; name: string }[]>([]);
  const [serverVersion, setServerVersion] = useState(openedVersion);
  useEffect(() => {
    const beat = () =>
      heartbeatAction(storyId)
        .then((r) => {
          if (r.ok) {
            setOthers(r.others);
            setServerVersion(r.version);
          }
        })
        .catch(() => undefined);
    void beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    const leave = () => void leaveAction(storyId);
    window.addEventListener("pagehide", leave);
    return () => {
      clearInterval(timer);
      window.removeEventListener("pagehide", leave);
    };
  }, [storyId]);
  return { others, serverVersion };
}
