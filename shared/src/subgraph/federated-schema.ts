import { buildSubgraphSchema, printSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { defaultFieldResolver, getNamedType, isObjectType, parse, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap, type BuildSchemaOptions } from "type-graphql";
import { authChecker } from "./auth-checker";
import { declaredMaxLengths, withInputLimits } from "./input-limits";
import { declaredSmallCellRules, withSmallCells } from "./small-cells";

/**
 * The federation directives subgraphs may use; composition rejects any other. `@tag` carries the
 * partner-visible mark (`@PartnerVisible()`) into the supergraph.
 */
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@tag"])`;

/**
 * Wraps, for the whole schema, the resolver of every field taking arguments with the input limits
 * (length, NUL, dates; before any SQL), and of every field returning a type with a small-cell rule with
 * that rule. Plain resolver wrappers rather than type-graphql global middlewares: those make every
 * field of every object asynchronous, which costs more than the figures themselves on a page of rows.
 */
function guardResolvers(schema: GraphQLSchema, resolvers: Record<string, Record<string, unknown>>): void {
  const caps = declaredMaxLengths(schema);
  const rules = declaredSmallCellRules(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const fields = (resolvers[type.name] ??= {});
      let resolve = (fields[field.name] as GraphQLFieldResolver<unknown, unknown> | undefined) ?? defaultFieldResolver;
      const rule = rules.get(getNamedType(field.type).name);
      if (rule) resolve = withSmallCells(resolve, rule);
      if (field.args.length > 0) resolve = withInputLimits(resolve, field.args, caps);
      if (resolve !== fields[field.name] && (rule || field.args.length > 0)) fields[field.name] = resolve;
    }
  }
}

export type ReferenceResolvers = Record<string, { __resolveReference: (reference: never, context: never) => unknown }>;

/**
 * type-graphql builds the classes into a schema, which is printed with its directives and handed to
 * `buildSubgraphSchema` (type-graphql's apollo-federation-2 example). Reference resolvers are merged per
 * type; each must batch through the request's loaders. Every resolver is guarded (guardResolvers).
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, "skipCheck" | "authChecker" | "globalMiddlewares">,
  referenceResolvers: ReferenceResolvers = {},
): Promise<{ schema: GraphQLSchema; sdl: string; typeGraphQLSchema: GraphQLSchema }> {
  const typeGraphQLSchema = await buildSchema({ ...options, authChecker, skipCheck: true, validate: false });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(typeGraphQLSchema)}`);
  const resolvers = createResolversMap(typeGraphQLSchema) as Record<string, Record<string, unknown>>;
  guardResolvers(typeGraphQLSchema, resolvers);
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference };
  }
  const schema = buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });
  // Printed from the schema the subgraph serves, so the checked-in SDL cannot drift from it.
  return { schema, sdl: `${printSubgraphSchema(schema)}\n`, typeGraphQLSchema };
}
