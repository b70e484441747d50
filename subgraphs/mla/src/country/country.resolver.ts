import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { MlaContext } from "../loaders";
import { MlaRequest } from "../mla-request/mla-request";
import { Country } from "./country";

@Resolver(() => Country)
export class CountryMlaResolver {
  @FieldResolver(() => [MlaRequest], { description: "MLA requests exchanged with this country (mla subgraph)." })
  mlaRequests(@Root() country: Country, @Ctx() { loaders }: MlaContext) {
    return loaders.requestsByCountry.load(country.code);
  }
}
