import type { GraphQLFieldResolver, GraphQLSchema } from "graphql";
import { Extensions } from "type-graphql";
import type { SubgraphContext } from "./context";

/**
 * Small-cell suppression for partner keys. With few cases per country and year even an aggregate can
 * point at a person (IOM's CTDC publishes only k-anonymised data), so a count from 1 to k-1 is withheld:
 * null, and its name in the object's `suppressed` list. k is PARTNER_MIN_CELL. Staff see exact figures.
 *
 * A rule takes the objects a field resolved to and returns copies with the cells withheld (for a partner,
 * `minCell` = k) or untouched (staff, `minCell` = null); either way every object carrying figures gets its
 * `suppressed` list. Rules work on the resolved objects, so they hold however the figures are computed.
 */
export type SmallCellRule<T> = (items: T[], minCell: number | null) => T[];

/** Declares the rule next to the GraphQL type whose fields it withholds; every field returning the type applies it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each rule knows its own type; the middleware passes what resolvers returned
export function SmallCells(rule: SmallCellRule<any>): ClassDecorator {
  return (target) => Extensions({ smallCells: rule })(target);
}

/** Rules by type name, read from the type-graphql schema. */
export function declaredSmallCellRules(schema: GraphQLSchema): Map<string, SmallCellRule<unknown>> {
  const rules = new Map<string, SmallCellRule<unknown>>();
  for (const type of Object.values(schema.getTypeMap())) {
    const rule = type.extensions?.smallCells;
    if (typeof rule === "function") rules.set(type.name, rule as SmallCellRule<unknown>);
  }
  return rules;
}

/**
 * Applies `rule` to what a field resolved to (object or list), for partner identities with k =
 * PARTNER_MIN_CELL and for staff with none (markers only). Wraps the resolver of every field returning a
 * type with a rule (buildFederatedSchema does it for the whole schema); other fields pay nothing.
 */
export function withSmallCells(resolve: GraphQLFieldResolver<unknown, unknown>, rule: SmallCellRule<unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (root, args, context, info) => {
    const { identity, partnerMinCell } = context as SubgraphContext;
    const apply = (value: unknown) => {
      if (value === null || value === undefined) return value;
      const minCell = identity?.kind === "staff" ? null : partnerMinCell;
      return Array.isArray(value) ? rule(value, minCell) : rule([value], minCell)[0];
    };
    const value = resolve(root, args, context, info);
    return value instanceof Promise ? value.then(apply) : apply(value);
  };
}

/**
 * Cells that sum to the same figure: `left` and `right` add up to each other (requests in + out =
 * executed + refused + pending + the rest), or one side is a published total.
 */
export interface CellRelation {
  left: string[];
  right: string[];
}

const isSmall = (value: number | null | undefined, minCell: number) => typeof value === "number" && value > 0 && value < minCell;

/**
 * Primary suppression (every cell from 1 to k-1) and secondary suppression: no relation may be left with
 * exactly one withheld cell, or it could be computed back from the others. The second cell withheld is the
 * smallest non-zero one on the same side, else on the other side, else a zero (so a withheld cell does not
 * even say it is non-zero). Repeated until every relation holds at least two withheld cells or none.
 */
export function suppressedCells(values: Record<string, number | null | undefined>, minCell: number, relations: CellRelation[] = []): Set<string> {
  const suppressed = new Set(Object.keys(values).filter((name) => isSmall(values[name], minCell)));
  const byValue = (a: string, b: string) => (values[a] ?? 0) - (values[b] ?? 0) || a.localeCompare(b);
  for (let changed = true; changed; ) {
    changed = false;
    for (const relation of relations) {
      const cells = [...relation.left, ...relation.right].filter((name) => values[name] !== null && values[name] !== undefined);
      const withheld = cells.filter((name) => suppressed.has(name));
      if (withheld.length !== 1) continue;
      const sameSide = relation.left.includes(withheld[0]) ? relation.left : relation.right;
      const otherSide = sameSide === relation.left ? relation.right : relation.left;
      const open = (side: string[]) => side.filter((name) => cells.includes(name) && !suppressed.has(name)).sort(byValue);
      const candidates = [
        ...open(sameSide).filter((name) => (values[name] ?? 0) > 0),
        ...open(otherSide).filter((name) => (values[name] ?? 0) > 0),
        ...open(sameSide),
        ...open(otherSide),
      ];
      if (candidates.length === 0) continue;
      suppressed.add(candidates[0]);
      changed = true;
    }
  }
  return suppressed;
}

/** A copy of `object` with the suppressed fields set to null and listed in `suppressed`, in field order. */
export function withheld<T extends object>(object: T, suppressed: Set<string>): T & { suppressed: string[] } {
  const copy: Record<string, unknown> = { ...(object as Record<string, unknown>) };
  const names = Object.keys(copy).filter((name) => suppressed.has(name));
  for (const name of names) copy[name] = null;
  return { ...(copy as T), suppressed: names };
}
