// The credential lives in this tab's sessionStorage only: same origin, gone when the tab closes.
const KEY = "hub.credential";

export type Role = "viewer" | "officer" | "admin" | "partner";

export interface Credential {
  kind: "token" | "key";
  value: string;
}

export function readCredential(): Credential | null {
  try {
    const parsed = JSON.parse(sessionStorage.getItem(KEY) ?? "null") as Credential | null;
    return parsed && (parsed.kind === "token" || parsed.kind === "key") && typeof parsed.value === "string" ? parsed : null;
  } catch {
    return null;
  }
}

/** Partner keys start with hubk_ (README, Security); anything else is a staff token. */
export function parseCredential(text: string): Credential {
  const value = text.trim();
  return { kind: value.startsWith("hubk_") ? "key" : "token", value };
}

export function storeCredential(credential: Credential | null): void {
  if (credential) sessionStorage.setItem(KEY, JSON.stringify(credential));
  else sessionStorage.removeItem(KEY);
}

interface TokenClaims {
  name?: unknown;
  roles?: unknown;
}

function claims(credential: Credential): TokenClaims {
  try {
    const payload = credential.value.split(".")[1] ?? "";
    const json = decodeURIComponent(
      Array.from(atob(payload.replace(/-/g, "+").replace(/_/g, "/")), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0")}`).join(""),
    );
    return JSON.parse(json) as TokenClaims;
  } catch {
    return {};
  }
}

/** Roles for showing or hiding controls; the server decides anyway. */
export function rolesOf(credential: Credential | null): Role[] {
  if (!credential) return [];
  if (credential.kind === "key") return ["partner"];
  const roles = claims(credential).roles;
  return Array.isArray(roles) ? roles.filter((r): r is Role => r === "viewer" || r === "officer" || r === "admin") : [];
}

export function nameOf(credential: Credential | null): string | null {
  if (!credential || credential.kind === "key") return null;
  const name = claims(credential).name;
  return typeof name === "string" ? name : null;
}

/** Headers that carry the credential, for the console's requests and GraphiQL's. */
export function credentialHeaders(credential: Credential | null): Record<string, string> {
  if (!credential) return {};
  return credential.kind === "key" ? { "x-api-key": credential.value } : { authorization: `Bearer ${credential.value}` };
}
