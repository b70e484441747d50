import { useCallback, useEffect, useRef, useState } from "react";
import { useSession } from "../app/session";
import { ApiError } from "./api-error";
import { execute, type Document } from "./client";

export interface QueryState<Result> {
  data?: Result | undefined;
  error?: ApiError | undefined;
  loading: boolean;
  /** Asks again (after a change, or to see the current version after a conflict). */
  reload(): Promise<Result | undefined>;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError([{ message: String(error) }], 0);
}

/**
 * Reference lists (countries, organisations) asked once per page load: a form that opens again (another
 * party to edit) shows them at once instead of asking again.
 */
const referenceData = new Map<string, unknown>();

/** Runs a typed query whenever its variables change; a credential the server refuses signs the user out. */
export function useQuery<Result, Variables>(
  document: Document<Result, Variables>,
  variables: Variables,
  options: { skip?: boolean; reference?: boolean } = {},
): QueryState<Result> {
  const session = useSession();
  const key = JSON.stringify(variables);
  const cacheKey = options.reference ? `${document.toString()}\n${key}` : null;
  const cached = cacheKey ? (referenceData.get(cacheKey) as Result | undefined) : undefined;
  // `key` says which variables the data (or error) answers: a page that changed its variables is loading
  // from that render on, not only once the effect below has asked (aria-busy is true at once).
  const [state, setState] = useState<{ data?: Result; error?: ApiError; loading: boolean; key?: string }>({ data: cached, loading: !options.skip && !cached, key: cached ? key : undefined });
  const latest = useRef(0);
  const run = useCallback(async (): Promise<Result | undefined> => {
    const ticket = ++latest.current;
    setState((previous) => ({ data: previous.data, loading: true }));
    try {
      const data = await execute(document, JSON.parse(key) as Variables, session.credential);
      if (cacheKey) referenceData.set(cacheKey, data);
      if (ticket === latest.current) setState({ data, loading: false, key });
      return data;
    } catch (caught) {
      const error = asApiError(caught);
      if (error.code === "UNAUTHENTICATED") session.signOut("expired");
      if (ticket === latest.current) setState({ error, loading: false, key });
      return undefined;
    }
  }, [document, key, cacheKey, session]);
  useEffect(() => {
    if (!options.skip && !(cacheKey && referenceData.has(cacheKey))) void run();
  }, [run, options.skip, cacheKey]);
  const { key: answered, ...shown } = state;
  return { ...shown, loading: shown.loading || (!options.skip && answered !== key), reload: run };
}

export type MutationResult<Result> = { data: Result; error?: undefined } | { data?: undefined; error: ApiError };

/** A typed mutation: returns its data or the error (never throws), so a form can show it beside a field. */
export function useMutation<Result, Variables>(document: Document<Result, Variables>): [(variables: Variables) => Promise<MutationResult<Result>>, { running: boolean }] {
  const session = useSession();
  const [running, setRunning] = useState(false);
  const mutate = useCallback(
    async (variables: Variables): Promise<MutationResult<Result>> => {
      setRunning(true);
      try {
        return { data: await execute(document, variables, session.credential) };
      } catch (caught) {
        const error = asApiError(caught);
        if (error.code === "UNAUTHENTICATED") session.signOut("expired");
        return { error };
      } finally {
        setRunning(false);
      }
    },
    [document, session],
  );
  return [mutate, { running }];
}

/** Runs a typed operation once, outside the render cycle (the current version after a conflict). */
export function useExecute() {
  const session = useSession();
  return useCallback(
    async <Result, Variables>(document: Document<Result, Variables>, variables: Variables): Promise<Result | undefined> => {
      try {
        return await execute(document, variables, session.credential);
      } catch {
        return undefined;
      }
    },
    [session],
  );
}
