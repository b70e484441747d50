import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { ApiError, type GraphQLErrorBody } from "./api-error";
import { credentialHeaders, type Credential } from "./credential";

/** A typed document from the generated code (src/generated): its result and variables types travel with it. */
export type Document<Result, Variables> = DocumentTypeDecoration<Result, Variables> & { toString(): string };

/**
 * Sends one operation to /graphql, the public API, like any client would. Partial data is accepted only
 * when every error is FORBIDDEN: a partner asking a confidential field gets null for it and an error.
 */
export async function execute<Result, Variables>(document: Document<Result, Variables>, variables: Variables, credential: Credential | null): Promise<Result> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...credentialHeaders(credential) },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError([{ message: "network", extensions: { code: "NETWORK" } }], 0);
  }
  const body = (await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }))) as { data?: Result | null; errors?: GraphQLErrorBody[] };
  const errors = body.errors ?? [];
  if (!body.data) throw new ApiError(errors.length ? errors : [{ message: `HTTP ${response.status}` }], response.status);
  const serious = errors.filter((e) => e.extensions?.code !== "FORBIDDEN");
  if (serious.length) throw new ApiError(serious, response.status);
  return body.data;
}
