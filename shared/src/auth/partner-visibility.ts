import {
  Kind, TypeInfo, isObjectType, isInterfaceType, visit, visitWithTypeInfo,
  type ConstDirectiveNode, type DocumentNode, type GraphQLArgument, type GraphQLField, type GraphQLInputField, type GraphQLSchema,
} from "graphql";

/**
 * Default-deny for partner keys (Criminal Code art. 316-1): a field is visible to a partner only when the
 * schema tags it `@tag(name: "partner")`, the standard Federation 2 directive that `@PartnerVisible()`
 * writes next to the field. The same tag composes into the supergraph, so the gateway and every subgraph
 * read one rule from the schema they serve.
 */
export const PARTNER_TAG = "partner";

function tagged(directives: readonly ConstDirectiveNode[] | undefined): boolean {
  return (
    directives?.some(
      (directive) =>
        directive.name.value === "tag" &&
        directive.arguments?.some((arg) => arg.name.value === "name" && arg.value.kind === Kind.STRING && arg.value.value === PARTNER_TAG),
    ) ?? false
  );
}

/** A field, argument or input field the schema marks partner-visible. */
export function isPartnerVisible(definition: GraphQLField<unknown, unknown> | GraphQLArgument | GraphQLInputField): boolean {
  return tagged(definition.astNode?.directives);
}

/** Federation's entry point for entity references; what it returns is checked field by field. */
const FEDERATION_ENTRY = "_entities";

/**
 * The fields of `document` a partner may not read, as schema coordinates ("MlaRequest.reference"). Every
 * operation and fragment in the document is checked, whatever is executed. `__typename` is always allowed
 * (it names a type, nothing more); introspection (`__schema`, `__type`) never is.
 */
export function fieldsHiddenFromPartners(schema: GraphQLSchema, document: DocumentNode): string[] {
  const typeInfo = new TypeInfo(schema);
  const hidden = new Set<string>();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const name = node.name.value;
        if (name === "__typename") return;
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (name.startsWith("__") || !parent || !field) {
          hidden.add(`${parent?.name ?? "?"}.${name}`);
          return;
        }
        if (parent === schema.getQueryType() && name === FEDERATION_ENTRY) return;
        if (!isPartnerVisible(field)) hidden.add(`${parent.name}.${name}`);
      },
    }),
  );
  return [...hidden].sort();
}

/** Every partner-visible field of a schema, as schema coordinates (for tests and documentation). */
export function partnerVisibleFields(schema: GraphQLSchema): string[] {
  const fields: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) if (isPartnerVisible(field)) fields.push(`${type.name}.${field.name}`);
    }
  }
  return fields.sort();
}

/** Input fields a value may be shown for (partner-visible), e.g. in the audit log; the others are redacted. */
export function isDisclosableInput(definition: GraphQLArgument | GraphQLInputField): boolean {
  return isPartnerVisible(definition);
}
