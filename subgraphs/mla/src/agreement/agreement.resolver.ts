import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { MlaContext } from "../loaders";
import { MlaRequest } from "../mla-request/mla-request";
import { Agreement } from "./agreement";

@Resolver(() => Agreement)
export class AgreementMlaResolver {
  @FieldResolver(() => [MlaRequest], { description: "MLA requests that rely on this agreement (mla subgraph)." })
  mlaRequests(@Root() agreement: Agreement, @Ctx() { loaders }: MlaContext) {
    return loaders.requestsByAgreement.load(agreement.id);
  }
}
