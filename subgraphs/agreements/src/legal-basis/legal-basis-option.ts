import { LocalDateResolver } from "graphql-scalars";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PartyStatus, ReservationKind } from "../agreement/party";

export enum LegalBasisOptionKind {
  BILATERAL = "BILATERAL",
  /** Concluded within an organisation (CIS, BSEC, GUAM, UN, Council of Europe): open to its member states. */
  ORGANISATION_FRAMEWORK = "ORGANISATION_FRAMEWORK",
  /** Multilateral outside any organisation's framework (the Azerbaijan-Georgia-Turkey agreement). */
  MULTILATERAL = "MULTILATERAL",
  /** No treaty: assistance on the promise of reciprocity. */
  RECIPROCITY = "RECIPROCITY",
}
registerEnumType(LegalBasisOptionKind, { name: "LegalBasisOptionKind" });

export enum LegalBasisApplicability {
  /** Azerbaijan and the country are both recorded as parties, bound on the date asked. */
  BOTH_PARTIES = "BOTH_PARTIES",
  /**
   * The party list is not known to be complete and one side (or both) is not on it: the agreement may bind
   * both, the hub cannot say. Shown so the officer checks, never dropped.
   */
  PARTY_LIST_INCOMPLETE = "PARTY_LIST_INCOMPLETE",
  RECIPROCITY = "RECIPROCITY",
  /**
   * Requests with the country were made under it, but the records do not show that it binds both states on
   * the day asked (an agreement with an organisation such as Interpol, a state not party, not in force):
   * listed for its track record, after every other option.
   */
  RECORDED_USE_ONLY = "RECORDED_USE_ONLY",
}
registerEnumType(LegalBasisApplicability, { name: "LegalBasisApplicability" });

export enum LegalBasisInForce {
  /** Its start (entry into force, else signature, else adoption) is known and on or before the date asked, and it had not ended. */
  IN_FORCE = "IN_FORCE",
  /** No date of entry into force, signature or adoption is recorded: the hub cannot say since when it applies. */
  DATES_UNKNOWN = "DATES_UNKNOWN",
  /** Not yet started, or ended, on the day asked (only rows of recorded use). */
  NOT_IN_FORCE = "NOT_IN_FORCE",
  /** Reciprocity is not an instrument. */
  NOT_A_TREATY = "NOT_A_TREATY",
}
registerEnumType(LegalBasisInForce, { name: "LegalBasisInForce" });

/** Where one state stands towards the agreement: Azerbaijan, or the counterpart country. */
@ObjectType({ description: "One state's standing towards an agreement: whether it is recorded as a party, its status and dates." })
export class LegalBasisSide {
  @Field({ description: "ISO 3166-1 alpha-2 code (AZ for Azerbaijan)." })
  countryCode!: string;

  @Field({ description: "True when the hub records this state among the agreement's parties." })
  listed!: boolean;

  @Field(() => PartyStatus, { nullable: true, description: "Null when not listed." })
  status!: PartyStatus | null;

  @Field(() => LocalDateResolver, { nullable: true })
  signedOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  ratifiedOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  accededOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Since when it is a party: ratification, else accession, else signature; null where no date is recorded." })
  since!: string | null;

  @Field(() => String, { nullable: true, description: "Where the party record comes from." })
  source!: string | null;
}

@ObjectType({ description: "A reservation, declaration or special opinion of Azerbaijan or the counterpart on the agreement." })
export class LegalBasisLimitation {
  @Field({ description: "Whose: AZ or the counterpart's code." })
  countryCode!: string;

  @Field(() => ReservationKind, { nullable: true })
  kind!: ReservationKind | null;

  @Field(() => String, { nullable: true, description: "The text, where the source gives it; null where only its existence is recorded (Ukraine's reservation to the CIS programme)." })
  text!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the text mentions the assistance type asked for (a word list per type, docs/legal-basis.md): null when no type was asked or the text is not known.",
  })
  mentionsAssistanceType!: boolean | null;

  @Field(() => [String], { description: "The words of the list the text contains (folded), for the officer to find them." })
  matchedTerms!: string[];

  @Field(() => String, { nullable: true })
  source!: string | null;
}

/**
 * One instrument Azerbaijan could rely on with a country (or reciprocity), with why it applies and what
 * may limit it. Its id encodes the agreement (or reciprocity) and the country, so the mla subgraph can add
 * the track record of that pair.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A legal basis for MLA with one country: an agreement binding (or possibly binding) both states, or reciprocity." })
export class LegalBasisOption {
  @Field(() => ID, { description: "agreement:<agreement id>:<country code>, or reciprocity:<country code>." })
  id!: string;

  @Field(() => Int, { description: "1 for the option to try first (docs/legal-basis.md: proven results, then standing, then kind)." })
  rank!: number;

  @Field(() => LegalBasisOptionKind)
  kind!: LegalBasisOptionKind;

  @Field(() => ID, { nullable: true, description: "Null for reciprocity." })
  agreementId!: string | null;

  @Field({ description: "ISO code of the counterpart country." })
  counterpartCountryCode!: string;

  @Field(() => LegalBasisApplicability)
  applicability!: LegalBasisApplicability;

  @Field({ description: "True when the row stands only because the party list is not known to be complete (see applicability)." })
  partiesIncomplete!: boolean;

  @Field(() => Boolean, { nullable: true, description: "Whether the agreement's party list is known to be complete; null for reciprocity." })
  partiesComplete!: boolean | null;

  @Field(() => Int, { description: "Parties the hub records for the agreement (states and organisations); 0 for reciprocity." })
  partiesListed!: number;

  @Field(() => LegalBasisInForce)
  inForce!: LegalBasisInForce;

  @Field(() => LocalDateResolver, { nullable: true, description: "The agreement's start: entry into force, else signature, else adoption." })
  inForceSince!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Since when it binds both states, where every date is known (the latest of the agreement's start and both parties' dates)." })
  since!: string | null;

  @Field(() => LegalBasisSide, { nullable: true, description: "Azerbaijan's standing; null for reciprocity." })
  azerbaijan!: LegalBasisSide | null;

  @Field(() => LegalBasisSide, { nullable: true, description: "The counterpart's standing; null for reciprocity." })
  counterpart!: LegalBasisSide | null;

  @Field(() => [LegalBasisLimitation], {
    description: "Every reservation, declaration and special opinion of Azerbaijan and of the counterpart on the agreement; those mentioning the assistance type asked for first.",
  })
  limitations!: LegalBasisLimitation[];
}
