import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { ConnectionType } from "../../../../shared/src/subgraph/connection";
import { Agreement } from "../agreement/agreement";
import { Country } from "../country/country";
import type { MlaContext } from "../loaders";
import { MlaRequest } from "./mla-request";
import { MlaRequestService } from "./mla-request.service";

export const MlaRequestConnection = ConnectionType(MlaRequest, "MlaRequest");

@Resolver(() => MlaRequest)
export class MlaRequestResolver {
  @Query(() => MlaRequestConnection, { description: "MLA requests, newest first (Relay connection)." })
  mlaRequests(
    @Ctx() { db }: MlaContext,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    return new MlaRequestService(db).list(first, after);
  }

  @Query(() => MlaRequest, { nullable: true })
  mlaRequest(@Ctx() { loaders }: MlaContext, @Arg("id", () => ID) id: string) {
    return loaders.request.load(id);
  }

  @FieldResolver(() => Agreement, { nullable: true, description: "The agreement the request relies on; null for reciprocity or when not stated." })
  legalBasis(@Root() request: MlaRequest): Agreement | null {
    return request.legalBasisAgreementId ? { id: request.legalBasisAgreementId } : null;
  }

  @FieldResolver(() => Country)
  counterpartCountry(@Root() request: MlaRequest): Country {
    return { code: request.counterpartCountryCode };
  }
}
