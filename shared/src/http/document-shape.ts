import { GraphQLError, Kind, parse, type OperationDefinitionNode } from "graphql";

/**
 * How deeply brackets may nest in a GraphQL document before it is parsed. graphql-js parses recursively,
 * so a document of ten thousand nested selections overflows the stack ("RangeError: Maximum call stack
 * size exceeded") before any limit looks at it; the gateway's own depth limit (15) is far below this.
 */
export const MAX_NESTING = 64;

/**
 * A lexical scan (strings, block strings and comments skipped): the deepest nesting of { ( [ in the text,
 * stopping as soon as it passes `limit`.
 */
export function nestingDepth(text: string, limit = MAX_NESTING): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "#") {
      while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
    } else if (text.startsWith('"""', i)) {
      const end = text.indexOf('"""', i + 3);
      i = end < 0 ? text.length : end + 2;
    } else if (char === '"') {
      for (i++; i < text.length && text[i] !== '"' && text[i] !== "\n"; i++) if (text[i] === "\\") i++;
    } else if (char === "{" || char === "(" || char === "[") {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (char === "}" || char === ")" || char === "]") {
      depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
}

/** Why a document is refused before parsing, or null. */
export function documentShapeProblem(query: unknown): string | null {
  if (typeof query !== "string") return null;
  return nestingDepth(query) > MAX_NESTING ? `the document nests more than ${MAX_NESTING} levels deep` : null;
}

/** Most tokens a document may have (graphql-js stops lexing past it). */
export const MAX_TOKENS = 5000;

export interface DocumentProblem {
  message: string;
  code: "GRAPHQL_PARSE_FAILED" | "OPERATION_RESOLUTION_FAILURE" | "BAD_REQUEST";
}

/**
 * What is wrong with a request's document before it reaches Apollo: nesting, tokens, syntax, and an
 * operation that cannot be chosen (unknown operationName, several operations and no name), or a
 * subscription (the hub has none). Apollo (with a gateway behind it, and plugins that parse in
 * `didResolveSource`) answers some of these as 500; here each is a 400 with its code.
 */
export function documentProblem(query: unknown, operationName: unknown): DocumentProblem | null {
  if (typeof query !== "string") return null;
  const shape = documentShapeProblem(query);
  if (shape) return { message: shape, code: "GRAPHQL_PARSE_FAILED" };
  let document;
  try {
    document = parse(query, { maxTokens: MAX_TOKENS });
  } catch (error) {
    return { message: error instanceof GraphQLError ? error.message : "the document does not parse", code: "GRAPHQL_PARSE_FAILED" };
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const name = typeof operationName === "string" && operationName !== "" ? operationName : undefined;
  const operation = name ? operations.find((o) => o.name?.value === name) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) {
    const message = name ? `no operation named "${name}" in the document` : "the document holds several operations: name the one to run (operationName)";
    return { message: operations.length === 0 ? "the document holds no operation" : message, code: "OPERATION_RESOLUTION_FAILURE" };
  }
  if (operation.operation === "subscription") return { message: "subscriptions are not supported", code: "BAD_REQUEST" };
  return null;
}
