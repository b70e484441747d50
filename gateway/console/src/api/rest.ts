import { useCallback, useEffect, useRef, useState } from "react";
import { useSession } from "../app/session";
import { ApiError, type GraphQLErrorBody } from "./api-error";
import { credentialHeaders, type Credential } from "./credential";

export interface RestRequest {
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  /** Query parameters; empty values are left out. */
  query?: Record<string, string | number | null | undefined>;
  /** Sent as JSON (the admin routes refuse any other body: a cross-site form cannot send JSON). */
  body?: unknown;
}

const FALLBACK_CODES: Record<number, string> = { 401: "UNAUTHENTICATED", 403: "FORBIDDEN", 404: "NOT_FOUND", 409: "CONFLICT", 413: "PAYLOAD_TOO_LARGE", 429: "TOO_MANY_REQUESTS", 503: "SERVICE_UNAVAILABLE" };

/**
 * The error of a REST answer as the ApiError the forms already read. The admin routes answer
 * `{ error: CODE, message, field? }` (gateway/src/admin-access.ts), other routes GraphQL-like
 * `{ errors: [{ message, extensions: { code } }] }`. A BAD_REQUEST naming a field (an audit filter) is a
 * value the user typed, so it becomes BAD_USER_INPUT and lands beside that field.
 */
export function restError(status: number, answer: unknown): ApiError {
  const body = (answer && typeof answer === "object" ? answer : {}) as { error?: unknown; message?: unknown; field?: unknown; errors?: GraphQLErrorBody[] };
  if (Array.isArray(body.errors) && body.errors.length) return new ApiError(body.errors, status);
  const field = typeof body.field === "string" ? body.field : undefined;
  let code = typeof body.error === "string" ? body.error : (FALLBACK_CODES[status] ?? "INTERNAL_SERVER_ERROR");
  if (code === "BAD_REQUEST" && field) code = "BAD_USER_INPUT";
  const message = typeof body.message === "string" ? body.message : `HTTP ${status}`;
  return new ApiError([{ message, extensions: { code, ...(field ? { field } : {}) } }], status);
}

/** One call to a REST route of the gateway with the console's credential (the same one GraphQL uses). */
export async function rest<Result>(path: string, request: RestRequest, credential: Credential | null): Promise<Result> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query ?? {})) if (value !== null && value !== undefined && value !== "") query.set(key, String(value));
  const search = query.toString();
  const url = search ? `${path}?${search}` : path;
  const headers: Record<string, string> = { accept: "application/json", ...credentialHeaders(credential) };
  if (request.body !== undefined) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(url, { method: request.method ?? "GET", headers, body: request.body === undefined ? null : JSON.stringify(request.body) });
  } catch {
    throw new ApiError([{ message: "network", extensions: { code: "NETWORK" } }], 0);
  }
  const answer = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) throw restError(response.status, answer);
  return answer as Result;
}

export type RestResult<Result> = { data: Result; error?: undefined } | { data?: undefined; error: ApiError };

/**
 * `rest` bound to the session: never throws (a form shows the error beside its field), and a credential
 * the server stops accepting signs the user out, as GraphQL queries do.
 */
export function useRest() {
  const session = useSession();
  return useCallback(
    async <Result,>(path: string, request: RestRequest = {}): Promise<RestResult<Result>> => {
      try {
        return { data: await rest<Result>(path, request, session.credential) };
      } catch (caught) {
        const error = caught instanceof ApiError ? caught : new ApiError([{ message: String(caught) }], 0);
        if (error.code === "UNAUTHENTICATED") session.signOut("expired");
        return { error };
      }
    },
    [session],
  );
}

export interface RestQueryState<Result> {
  data?: Result | undefined;
  error?: ApiError | undefined;
  loading: boolean;
  reload(): Promise<void>;
}

/** A GET asked whenever its path or query changes, like useQuery for GraphQL; `reload()` after a change. */
export function useRestQuery<Result>(path: string, query: RestRequest["query"] = {}, options: { skip?: boolean } = {}): RestQueryState<Result> {
  const call = useRest();
  const key = JSON.stringify(query);
  const [state, setState] = useState<{ data?: Result; error?: ApiError; loading: boolean }>({ loading: !options.skip });
  const latest = useRef(0);
  const run = useCallback(async () => {
    const ticket = ++latest.current;
    setState((previous) => ({ data: previous.data, loading: true }));
    const result = await call<Result>(path, { query: JSON.parse(key) as RestRequest["query"] });
    if (ticket === latest.current) setState(result.error ? { error: result.error, loading: false } : { data: result.data, loading: false });
  }, [call, path, key]);
  useEffect(() => {
    if (!options.skip) void run();
  }, [run, options.skip]);
  return { ...state, reload: run };
}
