import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

function fieldsOf(sets: readonly SelectionSetNode[], info: GraphQLResolveInfo, visit: (name: string, set: SelectionSetNode | undefined) => void): void {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) visit(selection.name.value, selection.selectionSet);
      else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsOf([selection.selectionSet], info, visit);
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) fieldsOf([fragment.selectionSet], info, visit);
      }
    }
  }
}

/**
 * The fields a query selects under the resolved field, following `path` (e.g. ["edges", "node"]) and
 * fragments, so a resolver fetches only what is asked for. @skip/@include are not evaluated: a field
 * under one counts as selected, which costs a column, never a wrong answer.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const step of path) {
    const next: SelectionSetNode[] = [];
    fieldsOf(sets, info, (name, set) => {
      if (name === step && set) next.push(set);
    });
    sets = next;
  }
  const names = new Set<string>();
  fieldsOf(sets, info, (name) => names.add(name));
  return names;
}

/** What a query asks of a Relay connection: its count, its page (edges or pageInfo), the nodes' fields. */
export interface ConnectionSelection {
  totalCount: boolean;
  page: boolean;
  nodeFields: string[];
}

export function connectionSelection(info: GraphQLResolveInfo): ConnectionSelection {
  const fields = selectedFields(info);
  return {
    totalCount: fields.has("totalCount"),
    page: fields.has("edges") || fields.has("pageInfo"),
    nodeFields: [...selectedFields(info, ["edges", "node"])].sort(),
  };
}
