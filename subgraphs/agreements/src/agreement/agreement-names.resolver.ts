import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import { PartnerVisible } from "#shared/subgraph/partner-visible";
import type { AgreementsContext } from "../loaders";
import { Agreement } from "./agreement";
import { AgreementEditor } from "./agreement-editor.service";
import { AliasInput, TranslationInput } from "./agreement-names.input";
import { AgreementTitleTranslation } from "./title-translation";
import { TitleTranslations, unofficialTitles } from "./title-translation.service";

/** What an agreement is called besides its official titles: aliases (admin) and staff translations (officer). */
@Resolver(() => Agreement)
export class AgreementNamesResolver {
  @PartnerVisible()
  @FieldResolver(() => [AgreementTitleTranslation], {
    description: "Staff translations of the title, the newest per language, only in languages without an official title (an official title always wins). Show them marked unofficial.",
  })
  async unofficialTitles(@Root() agreement: Agreement, @Ctx() { loaders }: AgreementsContext) {
    return unofficialTitles(agreement, await loaders.titleTranslationsByAgreement.load(agreement.id));
  }

  @Authorized("admin")
  @Mutation(() => Agreement, { description: "Add a name people use for the agreement; searched like its titles; CONFLICT if expectedVersion is stale (admin)." })
  addAgreementAlias(
    @Ctx() { db, identity }: AgreementsContext,
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("input", () => AliasInput) input: AliasInput,
  ) {
    return new AgreementEditor(db, identity).addAlias(agreementId, expectedVersion, input);
  }

  @Authorized("admin")
  @Mutation(() => Agreement, { description: "Remove one of the agreement's aliases (kept in its history); CONFLICT if expectedVersion is stale (admin)." })
  removeAgreementAlias(
    @Ctx() { db, identity }: AgreementsContext,
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Arg("aliasId", () => ID) aliasId: string,
  ) {
    return new AgreementEditor(db, identity).removeAlias(agreementId, expectedVersion, aliasId);
  }

  @Authorized("officer")
  @Mutation(() => Agreement, {
    description: "Add an unofficial translation of the title in a language without an official one, kept with who and when (officer; admins too).",
  })
  addAgreementTitleTranslation(
    @Ctx() { db, identity }: AgreementsContext,
    @Arg("agreementId", () => ID) agreementId: string,
    @Arg("input", () => TranslationInput) input: TranslationInput,
  ) {
    return new TitleTranslations(db, identity).add(agreementId, input);
  }
}
