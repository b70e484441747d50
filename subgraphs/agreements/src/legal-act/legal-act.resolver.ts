import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { ConnectionType } from "#shared/subgraph/connection";
import { Agreement, Lang } from "../agreement/agreement";
import type { AgreementsContext } from "../loaders";
import { LegalAct, LegalActMeasure, LegalActRelation, LegalActRelationKind } from "./legal-act";
import { LegalActFilter } from "./legal-act.filter";
import { LegalActOrder } from "./legal-act.order";
import { LegalActService } from "./legal-act.service";
import { PartnerVisible } from "#shared/subgraph/partner-visible";

export const LegalActConnection = ConnectionType(LegalAct, "LegalAct", { partnerVisible: true });

export function legalActTitle(act: LegalAct, lang: Lang): string | null {
  if (lang === Lang.EN) return act.titleEn;
  if (lang === Lang.RU) return act.titleRu;
  return act.titleAz;
}

async function related(
  act: LegalAct,
  { loaders }: AgreementsContext,
  direction: "from" | "to",
  kind?: LegalActRelationKind,
): Promise<LegalAct[]> {
  const relations = (await loaders.legalActRelationsByAct.load(act.id)).filter(
    (r) => (direction === "from" ? r.fromActId === act.id : r.toActId === act.id) && (!kind || r.kind === kind),
  );
  const acts = await loaders.legalAct.loadMany(relations.map((r) => (direction === "from" ? r.toActId : r.fromActId)));
  return acts.filter((a): a is LegalAct => a instanceof LegalAct);
}

@Resolver(() => LegalAct)
export class LegalActResolver {
  @PartnerVisible()
  @Query(() => LegalActConnection, { description: "The national framework: laws, Criminal Code articles, decrees, Cabinet decisions and action plans (Relay connection)." })
  legalActs(
    @Ctx() { db }: AgreementsContext,
    @Arg("filter", () => LegalActFilter, { nullable: true }) filter?: LegalActFilter,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 0-100 (default 20)." }) first?: number,
    @PartnerVisible() @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("orderBy", () => LegalActOrder, { nullable: true, description: "Sort column and direction (default: by relevance when searching, else by date of adoption)." }) orderBy?: LegalActOrder,
  ) {
    return new LegalActService(db).list(filter, first, after, orderBy);
  }

  @PartnerVisible()
  @Query(() => LegalAct, { nullable: true })
  legalAct(@Ctx() { loaders }: AgreementsContext, @Arg("id", () => ID) id: string) {
    return loaders.legalAct.load(id);
  }

  @PartnerVisible()
  @FieldResolver(() => String, { nullable: true, description: "Title in the given language; only Azerbaijani is known from the sources." })
  title(@Root() act: LegalAct, @Arg("lang", () => Lang, { defaultValue: Lang.AZ }) lang: Lang): string | null {
    return legalActTitle(act, lang);
  }

  @PartnerVisible()
  @FieldResolver(() => [LegalAct], { description: "Acts this one amends (or adds articles to)." })
  amends(@Root() act: LegalAct, @Ctx() context: AgreementsContext) {
    return related(act, context, "from", LegalActRelationKind.AMENDS);
  }

  @PartnerVisible()
  @FieldResolver(() => [LegalAct], { description: "Acts that amend this one (for a Criminal Code article: the law that added it)." })
  amendedBy(@Root() act: LegalAct, @Ctx() context: AgreementsContext) {
    return related(act, context, "to", LegalActRelationKind.AMENDS);
  }

  @PartnerVisible()
  @FieldResolver(() => [LegalAct], { description: "Acts this one was adopted to implement (a decision executing a decree's item)." })
  implements(@Root() act: LegalAct, @Ctx() context: AgreementsContext) {
    return related(act, context, "from", LegalActRelationKind.IMPLEMENTS);
  }

  @PartnerVisible()
  @FieldResolver(() => [LegalAct], { description: "Acts adopted to implement this one." })
  implementedBy(@Root() act: LegalAct, @Ctx() context: AgreementsContext) {
    return related(act, context, "to", LegalActRelationKind.IMPLEMENTS);
  }

  @PartnerVisible()
  @FieldResolver(() => [LegalActRelation], { description: "Every relation from this act, with the item or article concerned." })
  async relations(@Root() act: LegalAct, @Ctx() { loaders }: AgreementsContext) {
    return (await loaders.legalActRelationsByAct.load(act.id)).filter((r) => r.fromActId === act.id);
  }

  @PartnerVisible()
  @FieldResolver(() => [LegalActMeasure], { description: "Measures an action plan assigns, where the sources give them, in source order." })
  measures(@Root() act: LegalAct, @Ctx() { loaders }: AgreementsContext) {
    return loaders.measuresByLegalAct.load(act.id);
  }

  @PartnerVisible()
  @FieldResolver(() => Agreement, { nullable: true, description: "The international agreement this act approves (law 749-IIIQ: the CIS programme)." })
  approvesAgreement(@Root() act: LegalAct, @Ctx() { loaders }: AgreementsContext) {
    return act.approvesAgreementId ? loaders.agreement.load(act.approvesAgreementId) : null;
  }
}

@Resolver(() => LegalActRelation)
export class LegalActRelationResolver {
  @PartnerVisible()
  @FieldResolver(() => LegalAct, { description: "The act the relation points to." })
  other(@Root() relation: LegalActRelation, @Ctx() { loaders }: AgreementsContext) {
    return loaders.legalAct.load(relation.toActId);
  }
}
