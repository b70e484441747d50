import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { Directive, Extensions } from "type-graphql";
import { fieldsHiddenFromPartners, PARTNER_TAG } from "../auth/partner-visibility";
import type { SubgraphContext } from "./context";

/**
 * Marks a field (or an argument, or an input field) partner-visible. Everything else is staff-only:
 * a forgotten decorator hides a field instead of disclosing it (Criminal Code art. 316-1). Writes the
 * standard Federation 2 `@tag(name: "partner")`, which composes into the supergraph, and
 * `extensions.partnerVisible` for tools reading the type-graphql schema.
 *
 * On an input field or argument it says the value is not confidential: the audit log stores it as sent;
 * every other free-text value is stored redacted.
 */
export function PartnerVisible() {
  return (target: object, key: string | symbol, indexOrDescriptor?: number | PropertyDescriptor): void => {
    Directive(`@tag(name: "${PARTNER_TAG}")`)(target, key as string, indexOrDescriptor as never);
    if (typeof indexOrDescriptor !== "number") Extensions({ partnerVisible: true })(target, key as string, indexOrDescriptor as never);
  };
}

/**
 * Each subgraph enforces the rule itself, whatever the gateway does: an operation from a partner
 * identity that selects any field not tagged partner-visible is refused as a whole (FORBIDDEN, naming the
 * fields) before anything is resolved. `_entities` and `__typename` are the only exceptions.
 */
export function partnerGuardPlugin(schema: GraphQLSchema): ApolloServerPlugin<SubgraphContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.identity?.kind !== "partner") return;
      return {
        async didResolveOperation({ document }) {
          const hidden = fieldsHiddenFromPartners(schema, document);
          if (hidden.length > 0) {
            throw new GraphQLError(`not visible to partner keys: ${hidden.join(", ")}`, {
              extensions: { code: "FORBIDDEN", fields: hidden, http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}
