import { ClassType, Directive, Field, Int, ObjectType } from "type-graphql";
import { UserInputError } from "../errors";

// Every subgraph with a connection defines the same PageInfo; federation needs it declared shareable.
@Directive("@shareable")
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

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

/** A Relay connection type for `Node` (`AgreementConnection`, `MlaRequestConnection`, …). */
export function ConnectionType<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => Node)
    node!: T;

    @Field()
    cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

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
