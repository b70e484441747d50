// The console uses only the public GraphQL API, like any partner would.
const CREDENTIAL = "hub.credential";

export function credential() {
  const raw = sessionStorage.getItem(CREDENTIAL);
  return raw ? JSON.parse(raw) : null;
}

export function signIn(value) {
  const trimmed = value.trim();
  const kind = trimmed.startsWith("hubk_") ? "key" : "token";
  sessionStorage.setItem(CREDENTIAL, JSON.stringify({ kind, value: trimmed }));
}

export function signOut() {
  sessionStorage.removeItem(CREDENTIAL);
}

/** Roles from the staff token's payload, for showing or hiding controls (the server decides anyway). */
export function roles() {
  const c = credential();
  if (!c) return [];
  if (c.kind === "key") return ["partner"];
  try {
    const payload = JSON.parse(atob(c.value.split(".")[1].replace(/-/g, "+").replace(/_/g, "/")));
    return Array.isArray(payload.roles) ? payload.roles : [];
  } catch {
    return [];
  }
}

export const canWrite = () => roles().some((r) => r === "officer" || r === "admin");

export class ApiError extends Error {
  constructor(errors, status) {
    super(errors.map((e) => e.message).join("; "));
    this.errors = errors;
    this.status = status;
    this.code = errors[0]?.extensions?.code;
  }
}

export async function gql(query, variables = {}) {
  const c = credential();
  const headers = { "content-type": "application/json" };
  if (c?.kind === "key") headers["x-api-key"] = c.value;
  else if (c) headers.authorization = `Bearer ${c.value}`;
  const response = await fetch("/graphql", { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors?.length && !body.data) throw new ApiError(body.errors, response.status);
  if (body.errors?.length) {
    // Partial data: a partner asking a staff-only field gets null for it; anything else is an error.
    const serious = body.errors.filter((e) => e.extensions?.code !== "FORBIDDEN");
    if (serious.length) throw new ApiError(serious, response.status);
  }
  return body.data;
}
