import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { nameOf, readCredential, rolesOf, storeCredential, type Credential, type Role } from "../api/credential";

/** Why the sign-in form is shown again: a refused credential, or a session the server no longer accepts. */
export type SignOutReason = "refused" | "expired" | null;

export interface Session {
  credential: Credential | null;
  roles: Role[];
  name: string | null;
  isPartner: boolean;
  /** Officers and admins record MLA requests, cases, outcomes, recommendation updates, assessments. */
  canWrite: boolean;
  /** Admins edit agreements. */
  isAdmin: boolean;
  reason: SignOutReason;
  signIn(credential: Credential): void;
  signOut(reason?: SignOutReason): void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [credential, setCredential] = useState<Credential | null>(readCredential);
  const [reason, setReason] = useState<SignOutReason>(null);
  const signIn = useCallback((next: Credential) => {
    storeCredential(next);
    setReason(null);
    setCredential(next);
  }, []);
  const signOut = useCallback((why: SignOutReason = null) => {
    storeCredential(null);
    setReason(why);
    setCredential(null);
  }, []);
  const session = useMemo<Session>(() => {
    const roles = rolesOf(credential);
    return {
      credential,
      roles,
      name: nameOf(credential),
      isPartner: roles.includes("partner"),
      canWrite: roles.includes("officer") || roles.includes("admin"),
      isAdmin: roles.includes("admin"),
      reason,
      signIn,
      signOut,
    };
  }, [credential, reason, signIn, signOut]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside SessionProvider");
  return session;
}
