import { ClassType, Directive, Field, Int, ObjectType } from "type-graphql";
import { UserInputError } from "../errors";
import { PartnerVisible } from "./partner-visible";

// Every subgraph with a connection defines the same PageInfo; federation needs it declared shareable.
@Directive("@shareable")
@ObjectType()
export class PageInfo {
  @PartnerVisible()
  @Field()
  hasNextPage!: boolean;

  @PartnerVisible()
  @Field()
  hasPreviousPage!: boolean;

  @PartnerVisible()
  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @PartnerVisible()
  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Marks a generated connection's fields partner-visible, or nothing (staff-only, the default). */
const visibleIf = (partnerVisible: boolean): PropertyDecorator => (partnerVisible ? PartnerVisible() : () => undefined);

/**
 * A Relay connection type for `Node` (`AgreementConnection`, `MlaRequestConnection`, …). Its fields are
 * partner-visible only when the connection says so (a list of public records such as agreements).
 */
export function ConnectionType<T extends object>(Node: ClassType<T>, name: string, options: { partnerVisible?: boolean } = {}) {
  const visible = visibleIf(options.partnerVisible ?? false);

  @ObjectType(`${name}Edge`)
  class EdgeType {
    @visible
    @Field(() => Node)
    node!: T;

    @visible
    @Field()
    cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @visible
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @visible
    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @visible
    // Not a small-cell figure: it counts records the caller may list (partners: public ones only).
    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionClass;
}

export const MAX_PAGE_SIZE = 100;

/** Cursors are opaque to clients: base64url of the keyset position. */
export function encodeCursor(position: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(position)).toString("base64url");
}

export function decodeCursor(cursor: string, field = "after"): (string | number | null)[] {
  try {
    const position = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(position)) return position as (string | number | null)[];
  } catch {
    // fall through to the error below
  }
  throw new UserInputError(field, "is not a cursor returned by this API");
}

/** Deepest offset a cursor may carry: far past any real list, and small enough for SQL's OFFSET. */
const MAX_OFFSET = 1_000_000;

/** The offset an `after` cursor of an offset-paged list carries ([n]); anything else is refused. */
export function offsetFromCursor(after: string | null | undefined, field = "after"): number {
  if (!after) return 0;
  const offset = decodeCursor(after, field)[0];
  if (typeof offset !== "number" || !Number.isSafeInteger(offset) || offset < 0 || offset > MAX_OFFSET) {
    throw new UserInputError(field, "is not a cursor returned by this API");
  }
  return offset;
}

export function pageSize(first: number | undefined | null, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new UserInputError("first", `must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return size;
}

/** Builds a page from nodes fetched with LIMIT size + 1 (the extra one tells whether a next page exists). */
export function toConnection<T>(
  nodes: T[],
  size: number,
  options: { hasPreviousPage: boolean; totalCount: number; position: (node: T, index: number) => (string | number | null)[] },
): Connection<T> {
  const edges = nodes.slice(0, size).map((node, index) => ({ node, cursor: encodeCursor(options.position(node, index)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: nodes.length > size,
      hasPreviousPage: options.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: options.totalCount,
  };
}
