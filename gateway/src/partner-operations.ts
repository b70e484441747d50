import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Kind, parse, print, validate, type GraphQLSchema } from "graphql";
import { fieldsHiddenFromPartners } from "#shared/auth/partner-visibility";
import { RefusedRequest } from "./refused-request";

/**
 * Trusted documents: partner keys run only the operations kept in `partner-operations/*.graphql`, each a
 * reviewed contract, identified by the SHA-256 of the file's text (or of its graphql-js print, the hash
 * Apollo Client computes). A client sends Apollo's persisted-query extension
 * (`extensions.persistedQuery.sha256Hash`), or the text itself (any layout, comments ignored). Staff keep
 * free-form GraphQL and may use the registered hashes too.
 */
export interface PartnerOperation {
  name: string;
  file: string;
  sha256: string;
  document: string;
}

export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** The document as graphql-js prints it (no comments, one layout), or null if it does not parse. */
function printed(text: string): string | null {
  try {
    return print(parse(text));
  } catch {
    return null;
  }
}

/** What is wrong with a document as a partner operation: it must be one named query of partner-visible fields. */
export function partnerOperationProblems(schema: GraphQLSchema, text: string, expectedName?: string): string[] {
  let document;
  try {
    document = parse(text);
  } catch (error) {
    return [`does not parse: ${(error as Error).message}`];
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || operations[0].kind !== Kind.OPERATION_DEFINITION) return ["must hold exactly one operation"];
  const problems: string[] = [];
  const operation = operations[0];
  if (operation.operation !== "query") problems.push("must be a query (partner keys are read-only)");
  if (!operation.name) problems.push("must be named");
  else if (expectedName && operation.name.value !== expectedName) problems.push(`must be named after its file (${expectedName})`);
  problems.push(...validate(schema, document).map((error) => error.message));
  const hidden = fieldsHiddenFromPartners(schema, document);
  if (hidden.length > 0) problems.push(`selects fields not visible to partners: ${hidden.join(", ")}`);
  return problems;
}

export class PartnerOperations {
  private constructor(private readonly byHash: Map<string, PartnerOperation>) {}

  /** Reads and checks every registered operation; the gateway does not start with an invalid one. */
  static load(dir: string, schema: GraphQLSchema): PartnerOperations {
    const operations = new Map<string, PartnerOperation>();
    const problems: string[] = [];
    for (const file of readdirSync(dir).filter((name) => name.endsWith(".graphql")).sort()) {
      const document = readFileSync(path.join(dir, file), "utf8");
      const name = file.replace(/\.graphql$/, "");
      problems.push(...partnerOperationProblems(schema, document, name).map((problem) => `${file}: ${problem}`));
      const operation = { name, file, sha256: sha256(document), document };
      operations.set(operation.sha256, operation);
      // Also by the hash of its printed form, which Apollo Client's persisted-query link sends.
      const canonical = printed(document);
      if (canonical) operations.set(sha256(canonical), operation);
    }
    if (problems.length > 0) throw new Error(`invalid partner operations:\n${problems.join("\n")}`);
    return new PartnerOperations(operations);
  }

  get(hash: string): PartnerOperation | undefined {
    return this.byHash.get(hash.toLowerCase());
  }

  /** The registered operation whose text is this document up to layout and comments, if any. */
  byText(text: string): PartnerOperation | undefined {
    const canonical = printed(text);
    return canonical === null ? undefined : this.byHash.get(sha256(canonical));
  }

  list(): PartnerOperation[] {
    return [...new Set(this.byHash.values())].sort((a, b) => a.name.localeCompare(b.name));
  }
}

/** What the client asked: the query text and the persisted-query hash, from a POST body or GET parameters. */
export interface RequestedDocument {
  query?: string;
  sha256Hash?: string;
}

/**
 * The registered operation a request names, by hash (persisted query) or by its text (up to layout and
 * comments); null when it names none and is free-form GraphQL. A hash nobody registered is refused (PERSISTED_QUERY_NOT_FOUND),
 * and so is a hash that does not match the text sent with it.
 */
export function registeredOperation(operations: PartnerOperations, requested: RequestedDocument): PartnerOperation | null {
  if (requested.sha256Hash !== undefined) {
    const operation = operations.get(requested.sha256Hash);
    if (!operation) {
      throw new RefusedRequest(400, "no registered operation has this sha256Hash; GET /partner-operations lists them", "PERSISTED_QUERY_NOT_FOUND");
    }
    if (requested.query !== undefined && operations.byText(requested.query) !== operation) {
      throw new RefusedRequest(400, "the query sent does not match its sha256Hash", "BAD_REQUEST");
    }
    return operation;
  }
  return requested.query === undefined ? null : (operations.byText(requested.query) ?? null);
}
