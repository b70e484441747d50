import {
  getNullableType, isInputObjectType, isListType, isScalarType,
  type GraphQLArgument, type GraphQLFieldResolver, type GraphQLInputType, type GraphQLSchema,
} from "graphql";
import { Extensions } from "type-graphql";
import { UserInputError } from "../errors";

/** Longest string any argument or input field takes unless it declares its own cap (the longest free text). */
export const DEFAULT_MAX_LENGTH = 4000;
/** Ids are slugs, UUIDs or numbers. */
export const ID_MAX_LENGTH = 200;

/** A tighter cap for one input field (search text, codes, references), checked before any SQL. */
export function MaxLength(characters: number): PropertyDecorator {
  return (target, key) => Extensions({ maxLength: characters })(target, key as string);
}

/** Input field caps declared with @MaxLength, by "InputType.field", read from the type-graphql schema. */
export function declaredMaxLengths(schema: GraphQLSchema): Map<string, number> {
  const caps = new Map<string, number>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInputObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const cap = field.extensions?.maxLength;
      if (typeof cap === "number") caps.set(`${type.name}.${field.name}`, cap);
    }
  }
  return caps;
}

/** PostgreSQL has no year 0 (and a LocalDate is four digits): "0000-01-01" would reach it as a 500. */
const YEAR_ZERO = /^0000-/;

function check(value: unknown, type: GraphQLInputType, path: string, cap: number | undefined, caps: Map<string, number>): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((item, index) => check(item, nullable.ofType, `${path}[${index}]`, cap, caps));
    return;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== "object") return;
    for (const field of Object.values(nullable.getFields())) {
      check((value as Record<string, unknown>)[field.name], field.type, `${path}.${field.name}`, caps.get(`${nullable.name}.${field.name}`), caps);
    }
    return;
  }
  if (!isScalarType(nullable) || typeof value !== "string") return;
  if (value.includes("\u0000")) throw new UserInputError(path, "must not contain NUL characters");
  const limit = cap ?? (nullable.name === "ID" ? ID_MAX_LENGTH : DEFAULT_MAX_LENGTH);
  if (value.length > limit) throw new UserInputError(path, `must be at most ${limit} characters`);
  if (nullable.name === "LocalDate" && YEAR_ZERO.test(value)) throw new UserInputError(path, "is not a date (years start at 0001)");
}

/** Checks the arguments of one field against the limits; throws BAD_USER_INPUT naming the first bad one. */
export function checkArguments(args: Record<string, unknown>, definitions: readonly GraphQLArgument[], caps: Map<string, number>): void {
  for (const definition of definitions) check(args[definition.name], definition.type, definition.name, undefined, caps);
}

/**
 * Every string a resolver receives, whether inline or from a variable, in any argument or input field:
 * no NUL character (PostgreSQL text cannot hold one) and no more than its cap, checked before the resolver
 * runs, so before any SQL. Wraps the resolver of every field that takes arguments (buildFederatedSchema
 * does it for the whole schema): no resolver can forget it, and fields without arguments pay nothing.
 */
export function withInputLimits(resolve: GraphQLFieldResolver<unknown, unknown>, definitions: readonly GraphQLArgument[], caps: Map<string, number>): GraphQLFieldResolver<unknown, unknown> {
  return (root, args, context, info) => {
    checkArguments(args ?? {}, definitions, caps);
    return resolve(root, args, context, info);
  };
}
