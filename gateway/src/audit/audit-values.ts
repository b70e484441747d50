import {
  Kind, TypeInfo, getNullableType, isEnumType, isInputObjectType, isListType, isScalarType, separateOperations, typeFromAST, visit, visitWithTypeInfo,
  type DocumentNode, type GraphQLArgument, type GraphQLInputField, type GraphQLInputType, type GraphQLSchema,
} from "graphql";
import { isDisclosableInput } from "#shared/auth/partner-visibility";

export const REDACTED = "[redacted]";

/** Longest string kept in an audit row; the rest is cut (the row records what was done, not a copy of it). */
const MAX_STRING = 500;
const MAX_ITEMS = 100;
const MAX_DEPTH = 12;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A value PostgreSQL's jsonb always accepts: no NUL (jsonb refuses \u0000), no lone surrogate, no
 * non-finite number, bounded in size. The audit row must never fail because of what a client sent.
 */
export function auditSafe(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    const clean = value.replaceAll("\u0000", "\uFFFD").replace(LONE_SURROGATE, "\uFFFD");
    return clean.length > MAX_STRING ? `${clean.slice(0, MAX_STRING)}…` : clean;
  }
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (depth >= MAX_DEPTH) return "[too deep]";
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => auditSafe(item, depth + 1));
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value).slice(0, MAX_ITEMS).map(([key, inner]) => [auditSafe(key) as string, auditSafe(inner, depth + 1)]));
  }
  return String(value);
}

/**
 * A variable's value as the audit keeps it: walked along its GraphQL input type, a free-text value
 * (String) is stored only where the schema marks the argument or input field partner-visible (not
 * confidential); everything else is "[redacted]", whatever the variable is called. Identifiers, dates,
 * numbers, booleans and enum values are kept: they say which record was touched and how.
 */
function redact(value: unknown, type: GraphQLInputType, disclosable: boolean): unknown {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) return Array.isArray(value) ? value.map((item) => redact(item, nullable.ofType, disclosable)) : redact(value, nullable.ofType, disclosable);
  if (isInputObjectType(nullable)) {
    if (typeof value !== "object" || Array.isArray(value)) return REDACTED;
    const fields = nullable.getFields();
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([name]) => name in fields)
        .map(([name, inner]) => [name, redact(inner, fields[name].type, isDisclosableInput(fields[name]))]),
    );
  }
  if (isEnumType(nullable)) return typeof value === "string" ? value : REDACTED;
  if (isScalarType(nullable)) {
    if (nullable.name === "String") return disclosable ? value : REDACTED;
    return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : REDACTED;
  }
  return REDACTED;
}

/**
 * The variables the executed operation uses, redacted by what each feeds (see `redact`). Variables the
 * operation does not use are not stored at all, and neither are variables of a document that does not
 * parse or names no operation.
 */
export function auditVariables(schema: GraphQLSchema, document: DocumentNode | undefined, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!document || !variables) return {};
  let operationDocument: DocumentNode;
  try {
    const operations = separateOperations(document);
    const names = Object.keys(operations);
    const chosen = operationName ?? (names.length === 1 ? names[0] : undefined);
    if (chosen === undefined || !operations[chosen]) return {};
    operationDocument = operations[chosen];
  } catch {
    return {};
  }
  const operation = operationDocument.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return {};
  // Where each variable is used: the argument or input field it feeds, and whether that one is disclosable.
  const usedDisclosably = new Map<string, boolean>();
  const typeInfo = new TypeInfo(schema);
  const positions: (GraphQLArgument | GraphQLInputField | null)[] = [];
  visit(
    operationDocument,
    visitWithTypeInfo(typeInfo, {
      Argument: { enter: () => void positions.push(typeInfo.getArgument() ?? null), leave: () => void positions.pop() },
      ObjectField: {
        enter(node) {
          const parent = typeInfo.getParentInputType();
          const inputObject = parent ? getNullableType(parent) : undefined;
          positions.push(inputObject && isInputObjectType(inputObject) ? (inputObject.getFields()[node.name.value] ?? null) : null);
        },
        leave: () => void positions.pop(),
      },
      Variable(node) {
        const position = positions.at(-1);
        if (position === undefined) return; // the variable's own definition
        const disclosable = position !== null && isDisclosableInput(position);
        usedDisclosably.set(node.name.value, (usedDisclosably.get(node.name.value) ?? true) && disclosable);
      },
    }),
  );
  const audited: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (!usedDisclosably.has(name) || !(name in variables)) continue;
    const type = typeFromAST(schema, definition.type);
    audited[name] = type ? auditSafe(redact(variables[name], type as GraphQLInputType, usedDisclosably.get(name)!)) : REDACTED;
  }
  return audited;
}
