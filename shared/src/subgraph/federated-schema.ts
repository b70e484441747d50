import { buildSubgraphSchema, printSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap, type BuildSchemaOptions } from "type-graphql";
import { authChecker } from "./auth-checker";
import { declaredMaxLengths, inputLimitsMiddleware } from "./input-limits";
import { declaredSmallCellRules, smallCellsMiddleware, type SmallCellRule } from "./small-cells";

/**
 * The federation directives subgraphs may use; composition rejects any other. `@tag` carries the
 * partner-visible mark (`@PartnerVisible()`) into the supergraph.
 */
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@tag"])`;

export type ReferenceResolvers = Record<string, { __resolveReference: (reference: never, context: never) => unknown }>;

/**
 * type-graphql builds the classes into a schema, which is printed with its directives and handed to
 * `buildSubgraphSchema` (type-graphql's apollo-federation-2 example). Reference resolvers are merged per
 * type; each must batch through the request's loaders. Two global middlewares run before every resolver:
 * input limits (length, NUL, dates) and small-cell suppression of partner figures.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, "skipCheck" | "authChecker" | "globalMiddlewares">,
  referenceResolvers: ReferenceResolvers = {},
): Promise<{ schema: GraphQLSchema; sdl: string; typeGraphQLSchema: GraphQLSchema }> {
  // Filled from the built schema below; the middlewares read them at request time.
  const maxLengths = new Map<string, number>();
  const smallCellRules = new Map<string, SmallCellRule<unknown>>();
  const typeGraphQLSchema = await buildSchema({
    ...options,
    authChecker,
    skipCheck: true,
    validate: false,
    globalMiddlewares: [inputLimitsMiddleware(maxLengths), smallCellsMiddleware(smallCellRules)],
  });
  for (const [key, cap] of declaredMaxLengths(typeGraphQLSchema)) maxLengths.set(key, cap);
  for (const [type, rule] of declaredSmallCellRules(typeGraphQLSchema)) smallCellRules.set(type, rule);
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(typeGraphQLSchema)}`);
  const resolvers = createResolversMap(typeGraphQLSchema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference };
  }
  const schema = buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });
  // Printed from the schema the subgraph serves, so the checked-in SDL cannot drift from it.
  return { schema, sdl: `${printSubgraphSchema(schema)}\n`, typeGraphQLSchema };
}
