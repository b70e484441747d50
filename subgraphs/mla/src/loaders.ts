import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { loadByKey, loadGroupedBy } from "#shared/subgraph/batch-loaders";
import type { SubgraphContext } from "#shared/subgraph/context";
import type { Connection } from "#shared/subgraph/connection";
import { parseLegalBasisOptionId } from "#shared/subgraph/legal-basis-option-id";
import { CaseOutcome } from "./case/case-outcome";
import { CriminalCase } from "./case/criminal-case";
import type { CooperationSummary } from "./cooperation/cooperation-summary";
import { CooperationService, countedMonths, emptySummary, type FigureOptions, type SubjectKind } from "./cooperation/cooperation.service";
import { LegalBasisCooperation } from "./legal-basis/legal-basis-cooperation";
import { LegalBasisKind, MlaRequest } from "./mla-request/mla-request";
import { MlaRequestTransition } from "./mla-request/mla-request-transition";
import { MlaRequestService, type PageArgs } from "./mla-request/mla-request.service";

/**
 * Loaders keyed by (key, arguments): every agreement on a page asks with the same arguments, so the
 * batch splits by arguments and each group is one statement over all its keys.
 */
function perArguments<Args, Result>(load: (keys: string[], args: Args) => Promise<Result[]>) {
  return new DataLoader<{ key: string; args: Args }, Result, string>(
    async (requests) => {
      const groups = new Map<string, { args: Args; indexes: number[]; keys: string[] }>();
      requests.forEach((request, index) => {
        const signature = JSON.stringify(request.args ?? null);
        const group = groups.get(signature) ?? { args: request.args, indexes: [], keys: [] };
        group.indexes.push(index);
        group.keys.push(request.key);
        groups.set(signature, group);
      });
      const results = new Array<Result>(requests.length);
      for (const group of groups.values()) {
        const loaded = await load(group.keys, group.args);
        group.indexes.forEach((index, i) => (results[index] = loaded[i]));
      }
      return results;
    },
    { cacheKeyFn: (request) => JSON.stringify([request.key, request.args ?? null]) },
  );
}

function cooperation(dataSource: DataSource, kind: SubjectKind) {
  return perArguments<FigureOptions, CooperationSummary>(async (keys, options) => {
    const summaries = await new CooperationService(dataSource).summarize(kind, keys, options);
    return keys.map((k) => summaries.get(k) ?? emptySummary(countedMonths(options.period)));
  });
}

/** Track records of legal basis options (LegalBasisOption ids), one statement for a batch of them. */
function trackRecords(dataSource: DataSource) {
  return perArguments<FigureOptions, CooperationSummary>(async (ids, options) => {
    const pairs = ids.map((id) => parseLegalBasisOptionId(id)).filter((key) => key !== null)
      .map((key) => ({ basis: key.agreementId ?? "#RECIPROCITY", countryCode: key.countryCode }));
    const records = await new CooperationService(dataSource).legalBasisTrackRecords(pairs, options);
    return ids.map((id) => {
      const key = parseLegalBasisOptionId(id);
      const record = key ? records.get(`${key.agreementId ?? "#RECIPROCITY"}|${key.countryCode}`) : undefined;
      return record ?? emptySummary(countedMonths(options.period));
    });
  });
}

/** Every legal basis used with each country of a batch, one statement. */
function legalBasesOfCountries(dataSource: DataSource) {
  return perArguments<FigureOptions, LegalBasisCooperation[]>(async (codes, options) => {
    const records = await new CooperationService(dataSource).legalBasesOfCountries(codes, options);
    const byCountry = new Map<string, LegalBasisCooperation[]>(codes.map((code) => [code, []]));
    for (const [key, cooperation] of records) {
      const [basis, code] = key.split("|");
      const agreementId = basis.startsWith("#") ? null : basis;
      const legalBasisKind = agreementId ? LegalBasisKind.AGREEMENT : (basis.slice(1) as LegalBasisKind);
      byCountry.get(code)?.push({ legalBasisKind, agreementId, agreement: agreementId ? { id: agreementId } : null, cooperation });
    }
    const requests = (c: LegalBasisCooperation) => (c.cooperation.requestsIn ?? 0) + (c.cooperation.requestsOut ?? 0);
    return codes.map((code) => byCountry.get(code)!.sort((a, b) => requests(b) - requests(a) || (a.agreementId ?? "~").localeCompare(b.agreementId ?? "~")));
  });
}

function requestPages(dataSource: DataSource, key: "legal_basis_agreement_id" | "counterpart_country_code") {
  return perArguments<PageArgs, Connection<MlaRequest>>((keys, args) => new MlaRequestService(dataSource).listGrouped(key, keys, args));
}

export function createMlaLoaders(dataSource: DataSource) {
  return {
    request: loadByKey(dataSource, MlaRequest, "id"),
    criminalCase: loadByKey(dataSource, CriminalCase, "id"),
    transitionsByRequest: loadGroupedBy(dataSource, MlaRequestTransition, "requestId", { id: "ASC" }),
    requestsByCase: loadGroupedBy(dataSource, MlaRequest, "caseId", { openedOn: "ASC", reference: "ASC" }),
    requestCountByCase: new DataLoader<string, number>(async (ids) => {
      const rows: { case_id: string; requests: string }[] = await dataSource.query(
        `SELECT case_id::text, count(*) AS requests FROM mla.mla_request WHERE case_id = ANY($1::uuid[]) GROUP BY case_id`,
        [[...ids]],
      );
      return ids.map((id) => Number(rows.find((row) => row.case_id === id)?.requests ?? 0));
    }),
    outcomesByCase: loadGroupedBy(dataSource, CaseOutcome, "caseId", { recordedOn: "ASC", id: "ASC" }),
    outcomesByRequest: new DataLoader<string, CaseOutcome[]>(async (ids) => {
      const links: { request_id: string; outcome_id: string }[] = await dataSource.query(
        `SELECT request_id::text, outcome_id::text FROM mla.outcome_contribution WHERE request_id = ANY($1::uuid[])`,
        [[...ids]],
      );
      const outcomes = links.length ? await dataSource.getRepository(CaseOutcome).findBy({ id: In(links.map((l) => l.outcome_id)) }) : [];
      const byOutcome = new Map(outcomes.map((o) => [o.id, o]));
      return ids.map((id) => links.filter((l) => l.request_id === id).map((l) => byOutcome.get(l.outcome_id)!).filter(Boolean));
    }),
    requestIdsByOutcome: new DataLoader<string, string[]>(async (ids) => {
      const links: { request_id: string; outcome_id: string }[] = await dataSource.query(
        `SELECT request_id::text, outcome_id::text FROM mla.outcome_contribution WHERE outcome_id = ANY($1::uuid[]) ORDER BY request_id`,
        [[...ids]],
      );
      return ids.map((id) => links.filter((l) => l.outcome_id === id).map((l) => l.request_id));
    }),
    requestsByAgreement: requestPages(dataSource, "legal_basis_agreement_id"),
    requestsByCountry: requestPages(dataSource, "counterpart_country_code"),
    cooperationByAgreement: cooperation(dataSource, "agreement"),
    cooperationByCountry: cooperation(dataSource, "country"),
    trackRecordByLegalBasisOption: trackRecords(dataSource),
    cooperationByLegalBasisOfCountry: legalBasesOfCountries(dataSource),
  };
}

export type MlaLoaders = ReturnType<typeof createMlaLoaders>;
export type MlaContext = SubgraphContext<MlaLoaders>;
