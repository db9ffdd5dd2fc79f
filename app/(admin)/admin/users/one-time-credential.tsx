"use client";

import { useEffect, useState } from "react";
import type { OneTimeCredential } from "@/lib/users/credentials";

// Shown once, right after the action: the server keeps only a hash, so it cannot be shown again.
export function OneTimeCredentialNotice({ credential }: { credential: OneTimeCredential }) {
  const [origin, setOrigin] = useState("");
  // The origin is known only in the browser; rendering it on the server would mismatch behind a proxy.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setOrigin(window.location.origin), []);
  return (
    <div className="admin-panel" role="status">
      {credential.kind === "password" ? (
        <>
          <p>Temporary password (shown once; hand it over in person or by phone):</p>
          <p className="admin-secret" data-testid="one-time-secret">
            {credential.password}
          </p>
        </>
      ) : (
        <>
          <p>
            Set-password link (shown once; works once, until{" "}
            {credential.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC):
          </p>
          <p className="admin-secret" data-testid="one-time-secret">
            {origin}
            {credential.path}
          </p>
        </>
      )}
    </div>
  );
}
