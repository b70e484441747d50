import type { MiddlewareFn } from "type-graphql";
import { UserInputError } from "#shared/errors";
import type { SubgraphContext } from "#shared/subgraph/context";

/**
 * Partner keys ask for cooperation figures one calendar year at a time. Overlapping periods would let a
 * withheld small cell be computed back by difference (2020-2021 minus 2021 = 2020); disjoint years share
 * no total. Staff may ask for any period.
 */
export const OneYearForPartners: MiddlewareFn<SubgraphContext> = ({ args, context }, next) => {
  if (context.identity?.kind !== "staff") {
    const period = args.period as { from?: string | null; to?: string | null } | null | undefined;
    const year = period?.from?.match(/^(\d{4})-01-01$/)?.[1];
    if (!year || period?.to !== `${year}-12-31`) {
      throw new UserInputError("period", 'partner keys ask for one calendar year at a time, e.g. { from: "2024-01-01", to: "2024-12-31" }');
    }
  }
  return next();
};
