import type { DataSource } from "typeorm";
import { UserInputError } from "#shared/errors";
import { Agreement } from "../agreement/agreement";
import { Party } from "../agreement/party";
import type { AgreementsLoaders } from "../loaders";
import type { AssistanceType } from "./assistance-type";
import type { LegalBasisOption } from "./legal-basis-option";
import { AZERBAIJAN, optionFor, optionId, rankOptions, reciprocityOption, type Candidate, type PartyRecord, type RankingFigures } from "./legal-basis.rules";

/** The figures of every legal basis used with a country, by option id (from the mla subgraph); empty when none was. */
export type RankingFiguresSource = (countryCode: string, includeSynthetic: boolean) => Promise<Map<string, RankingFigures>>;

export interface OptionsQuery {
  counterpartCountry: string;
  assistanceType?: AssistanceType;
  /** YYYY-MM-DD; today when absent. */
  on?: string;
  includeSynthetic?: boolean;
}

interface StoredParty {
  status: PartyRecord["status"];
  reservation_kind: PartyRecord["reservationKind"];
  reservation: string | null;
  signed_on: string | null;
  ratified_on: string | null;
  acceded_on: string | null;
  withdrawn_on: string | null;
  source: string | null;
}

function partyRecord(stored: StoredParty | null): PartyRecord | null {
  if (!stored) return null;
  return {
    status: stored.status,
    reservationKind: stored.reservation_kind,
    reservation: stored.reservation,
    signedOn: stored.signed_on,
    ratifiedOn: stored.ratified_on,
    accededOn: stored.acceded_on,
    withdrawnOn: stored.withdrawn_on,
    source: stored.source,
  };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * legalBasisOptions: every agreement that binds (or may bind) Azerbaijan and a country on a day, those
 * used with it whatever the records say, and reciprocity, ranked. One SQL statement for the agreements
 * with both states' party records (and the countries through the loader); the track records come from the
 * mla subgraph in one call, at the same time.
 */
export class LegalBasisService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: AgreementsLoaders,
    private readonly rankingFigures: RankingFiguresSource,
  ) {}

  async options(query: OptionsQuery): Promise<LegalBasisOption[]> {
    const country = query.counterpartCountry.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) throw new UserInputError("counterpartCountry", "must be an ISO 3166-1 alpha-2 code, e.g. TR");
    if (country === AZERBAIJAN) throw new UserInputError("counterpartCountry", "is Azerbaijan itself: name the other state");
    // Azerbaijan comes in the same batch: every row names it.
    const [known] = await this.loaders.country.loadMany([country, AZERBAIJAN]);
    if (!known || known instanceof Error) throw new UserInputError("counterpartCountry", `no country ${country} is known to the hub`);
    const on = query.on ?? today();
    const [candidates, figures] = await Promise.all([this.candidates(country), this.rankingFigures(country, query.includeSynthetic ?? false)]);
    const used = (agreementId: string) => (figures.get(optionId(agreementId, country))?.requests ?? 0) > 0;
    const unranked = [
      ...candidates.map((candidate) => optionFor(candidate, country, on, query.assistanceType, used(candidate.agreementId))).filter((option) => option !== null),
      reciprocityOption(country),
    ];
    return rankOptions(unranked, figures);
  }

  /**
   * Every agreement but declarations (a declaration binds no one), with both states' party records; the
   * rules decide which are options. The agreements are put in the loader, so `LegalBasisOption.agreement`
   * costs no statement.
   */
  private async candidates(country: string): Promise<Candidate[]> {
    const { entities, raw } = await this.dataSource
      .getRepository(Agreement)
      .createQueryBuilder("a")
      .leftJoin(Party, "paz", "paz.agreement_id = a.id AND paz.country_code = :azerbaijan", { azerbaijan: AZERBAIJAN })
      .leftJoin(Party, "pc", "pc.agreement_id = a.id AND pc.country_code = :country", { country })
      .addSelect("to_jsonb(paz)", "azerbaijan_party")
      .addSelect("to_jsonb(pc)", "counterpart_party")
      .addSelect("(SELECT count(*) FROM agreements.party p WHERE p.agreement_id = a.id)", "parties_listed")
      .where("a.instrument_type <> 'DECLARATION'")
      .orderBy("a.id")
      .getRawAndEntities<{ a_id: string; azerbaijan_party: StoredParty | null; counterpart_party: StoredParty | null; parties_listed: string }>();
    const rawById = new Map(raw.map((row) => [row.a_id, row]));
    return entities.map((agreement) => {
      this.loaders.agreement.prime(agreement.id, agreement);
      const row = rawById.get(agreement.id)!;
      return {
        agreementId: agreement.id,
        kind: agreement.kind,
        frameworkOrganizationId: agreement.frameworkOrganizationId,
        enteredIntoForceOn: agreement.enteredIntoForceOn,
        signedOn: agreement.signedOn,
        adoptedOn: agreement.adoptedOn,
        periodTo: agreement.periodTo,
        partiesComplete: agreement.partiesComplete,
        partiesListed: Number(row.parties_listed),
        azerbaijan: partyRecord(row.azerbaijan_party),
        counterpart: partyRecord(row.counterpart_party),
      };
    });
  }
}
