import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import type { MlaContext } from "../loaders";
import { MlaRequest } from "../mla-request/mla-request";
import { LetterCheck, letterGaps } from "./letter-check";
import { MlaRequestDetailsInput } from "./request-details.input";
import { RequestDetailsEditor } from "./request-details.service";

/** What a drafted request letter needs: the check before drafting, and the edit that fills the gaps. */
@Resolver(() => MlaRequest)
export class RequestLetterResolver {
  @Authorized("viewer")
  @FieldResolver(() => LetterCheck, { description: "Whether a request letter can be drafted from this record, and what is missing (staff)." })
  async letterCheck(@Root() request: MlaRequest, @Ctx() { loaders }: MlaContext): Promise<LetterCheck> {
    const criminalCase = request.caseId ? await loaders.criminalCase.load(request.caseId) : null;
    const missing = letterGaps(request, criminalCase);
    return { ready: missing.length === 0, missing };
  }

  @Authorized("officer")
  @Mutation(() => MlaRequest, {
    description: "Edit what a drafted letter is built from (legal basis and article, facts, assistance sought, deadline, authorities, contact); CONFLICT if expectedVersion is stale (officer).",
  })
  updateMlaRequestDetails(
    @Ctx() { db, identity, peers }: MlaContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => MlaRequestDetailsInput) input: MlaRequestDetailsInput,
  ) {
    return new RequestDetailsEditor(db, identity, peers).update(id, expectedVersion, input);
  }
}
