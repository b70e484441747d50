import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { MlaContext } from "../loaders";
import { MlaRequest } from "../mla-request/mla-request";
import { CaseAttachmentInput } from "../mla-request/mla-request.input";
import { CaseAttachment } from "./case-attachment.service";

@Resolver(() => MlaRequest)
export class CaseAttachmentResolver {
  @Authorized("officer")
  @Mutation(() => MlaRequest, { description: "Make an existing request serve a case; kept in its history; CONFLICT if expectedVersion is stale (officer)." })
  attachRequestToCase(
    @Ctx() { db, identity }: MlaContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => CaseAttachmentInput) input: CaseAttachmentInput,
  ) {
    return new CaseAttachment(db, identity).attach(id, expectedVersion, input.caseId);
  }

  @Authorized("officer")
  @Mutation(() => MlaRequest, {
    description: "Take a request off the case it serves; kept in its history. Refused while it is credited with results of that case (officer).",
  })
  detachRequestFromCase(@Ctx() { db, identity }: MlaContext, @Arg("id", () => ID) id: string, @Arg("expectedVersion", () => Int) expectedVersion: number) {
    return new CaseAttachment(db, identity).detach(id, expectedVersion);
  }
}
