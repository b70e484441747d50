import { Arg, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from "type-graphql";
import { UserInputError } from "#shared/errors";
import { CriminalCase } from "../case/criminal-case";
import type { MlaContext } from "../loaders";
import { MlaRequest, MlaStatus } from "./mla-request";
import { MlaRequestTransition } from "./mla-request-transition";
import { RefusalGroundCode, refusalCodeOf } from "./refusal-ground";

@ObjectType({ description: "The requests a reference names (one per direction at most)." })
export class MlaRequestReferenceMatch {
  @Field({ description: "The reference as asked." })
  reference!: string;

  @Field(() => [MlaRequest])
  requests!: MlaRequest[];
}

@Resolver()
export class MlaRequestLookupResolver {
  @Query(() => [MlaRequestReferenceMatch], { description: "Requests by reference number, in the order asked (used by imports that cite requests)." })
  async mlaRequestsByReference(@Ctx() { db }: MlaContext, @Arg("references", () => [String]) references: string[]): Promise<MlaRequestReferenceMatch[]> {
    if (references.length > 1000) throw new UserInputError("references", "at most 1000 at once");
    const trimmed = references.map((reference) => reference.trim());
    const found = await db.getRepository(MlaRequest).createQueryBuilder("r").where("r.reference = ANY(:trimmed)", { trimmed }).getMany();
    return references.map((reference, i) => ({ reference, requests: found.filter((request) => request.reference === trimmed[i]) }));
  }
}

@Resolver(() => MlaRequestTransition)
export class MlaRequestHistoryResolver {
  @FieldResolver(() => CriminalCase, { nullable: true, description: "For CASE_ATTACHED and CASE_DETACHED (and an import that brought a request in with its case): the case." })
  case(@Root() entry: MlaRequestTransition, @Ctx() { loaders }: MlaContext) {
    return entry.caseId ? loaders.criminalCase.load(entry.caseId) : null;
  }

  @FieldResolver(() => RefusalGroundCode, { nullable: true, description: "For a refusal: the ground from the list (OTHER where it was recorded in words only)." })
  refusalGroundCode(@Root() entry: MlaRequestTransition): RefusalGroundCode | null {
    return refusalCodeOf(entry.to === MlaStatus.REFUSED, entry.refusalGroundCode, entry.refusalGround);
  }
}
