import { Arg, Authorized, Ctx, Directive, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { MlaContext } from "../loaders";
import { MlaRequest } from "../mla-request/mla-request";
import { DeadlineService } from "./deadline.service";
import { DeadlineCounts, DeadlineItem, DeadlineItemConnection, DeadlineKind, Deadlines, ObligationReference } from "./deadlines";

const REQUIRES_OBLIGATIONS = '@requires(fields: "obligations { id dueOn kind }")';

/** mla's part of the deadlines: it merges its open requests with the obligations agreements listed. */
@Resolver(() => Deadlines)
export class DeadlinesResolver {
  @Authorized("viewer")
  @Directive(REQUIRES_OBLIGATIONS)
  @FieldResolver(() => DeadlineItemConnection, { description: "Everything due, most urgent first: earliest due date first (the most overdue on top), urgent requests first on a day." })
  items(
    @Root() deadlines: Deadlines,
    @Ctx() { db }: MlaContext,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 0-100 (default 20)." }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("kinds", () => [DeadlineKind], { nullable: true, description: "Only these kinds." }) kinds?: DeadlineKind[],
    @Arg("overdue", () => Boolean, { nullable: true, description: "Only overdue items (true) or only those not yet due (false)." }) overdue?: boolean,
  ) {
    return new DeadlineService(db).page(deadlines, { first, after, filter: { kinds, overdue } });
  }

  @Authorized("viewer")
  @Directive(REQUIRES_OBLIGATIONS)
  @FieldResolver(() => DeadlineCounts, { description: "How many items of each kind (whatever the items' filter)." })
  counts(@Root() deadlines: Deadlines, @Ctx() { db }: MlaContext) {
    return new DeadlineService(db).counts(deadlines);
  }
}

@Resolver(() => DeadlineItem)
export class DeadlineItemResolver {
  @FieldResolver(() => MlaRequest, { nullable: true, description: "For MLA_REQUEST: the request." })
  mlaRequest(@Root() item: DeadlineItem, @Ctx() { loaders }: MlaContext) {
    return item.requestId ? loaders.request.load(item.requestId) : null;
  }

  @FieldResolver(() => ObligationReference, { nullable: true, description: "For MEASURE and REPORTING_DUTY: the obligation (resolved by the agreements subgraph)." })
  obligation(@Root() item: DeadlineItem): ObligationReference | null {
    return item.kind === DeadlineKind.MLA_REQUEST ? null : Object.assign(new ObligationReference(), { id: item.id, dueOn: item.dueOn });
  }
}
