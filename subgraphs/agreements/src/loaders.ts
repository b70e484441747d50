import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { groupRows, loadByKey, loadGroupedBy } from "#shared/subgraph/batch-loaders";
import type { SubgraphContext } from "#shared/subgraph/context";
import { Agreement } from "./agreement/agreement";
import { AgreementAlias } from "./agreement/agreement-alias";
import { AgreementChange } from "./agreement/agreement-change";
import { AgreementRelation, RelationDirection } from "./agreement/agreement-relation";
import { Party } from "./agreement/party";
import { AgreementTitleTranslation } from "./agreement/title-translation";
import { Country } from "./country/country";
import { LegalAct, LegalActMeasure, LegalActRelation } from "./legal-act/legal-act";
import { Measure } from "./measure/measure";
import type { Obligation } from "./obligation/obligation";
import { ObligationService } from "./obligation/obligation.service";
import { ReportingDuty, ReportingDutySubmission } from "./obligation/reporting-duty";
import { Organization } from "./organization/organization";
import { MeasureTextTranslation, ReportingDutyTitleTranslation } from "./translation/text-translation";

export function createAgreementsLoaders(dataSource: DataSource) {
  return {
    agreement: loadByKey(dataSource, Agreement, "id"),
    country: loadByKey(dataSource, Country, "code"),
    organization: loadByKey(dataSource, Organization, "id"),
    measure: loadByKey(dataSource, Measure, "id"),
    partiesByAgreement: loadGroupedBy(dataSource, Party, "agreementId", { id: "ASC" }),
    partiesByCountry: loadGroupedBy(dataSource, Party, "countryCode", { id: "ASC" }),
    historyByAgreement: loadGroupedBy(dataSource, AgreementChange, "agreementId", { id: "ASC" }),
    itemsByMeasure: loadGroupedBy(dataSource, Measure, "parentId", { position: "ASC" }),
    /** Top-level measures only; sub-items come through `items`. */
    measuresByAgreement: new DataLoader<string, Measure[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(Measure)
        .createQueryBuilder("m")
        .where("m.agreement_id = ANY(:ids) AND m.parent_id IS NULL", { ids: [...ids] })
        .orderBy("m.position")
        .getMany();
      return groupRows(ids, rows, (m) => m.agreementId);
    }),
    /** Executor organisation ids per measure; the organisations themselves come through `organization`. */
    executorIdsByMeasure: new DataLoader<string, string[]>(async (ids) => {
      const rows: { measure_id: string; organization_id: string }[] = await dataSource.query(
        `SELECT measure_id::text, organization_id FROM agreements.measure_executor WHERE measure_id = ANY($1::bigint[]) ORDER BY organization_id`,
        [[...ids]],
      );
      return groupRows(ids, rows, (row) => row.measure_id).map((links) => links.map((link) => link.organization_id));
    }),
    aliasesByAgreement: loadGroupedBy(dataSource, AgreementAlias, "agreementId", { lang: "ASC", id: "ASC" }),
    titleTranslationsByAgreement: loadGroupedBy(dataSource, AgreementTitleTranslation, "agreementId", { id: "ASC" }),
    textTranslationsByMeasure: loadGroupedBy(dataSource, MeasureTextTranslation, "measureId", { id: "ASC" }),
    titleTranslationsByReportingDuty: loadGroupedBy(dataSource, ReportingDutyTitleTranslation, "dutyId", { id: "ASC" }),
    legalAct: loadByKey(dataSource, LegalAct, "id"),
    legalActsByApprovedAgreement: loadGroupedBy(dataSource, LegalAct, "approvesAgreementId", { adoptedOn: "ASC", id: "ASC" }),
    measuresByLegalAct: loadGroupedBy(dataSource, LegalActMeasure, "legalActId", { position: "ASC" }),
    /** Relations in either direction, for each act. */
    legalActRelationsByAct: new DataLoader<string, LegalActRelation[]>(async (ids) => {
      const rows = await dataSource.getRepository(LegalActRelation).find({
        where: [{ fromActId: In([...ids]) }, { toActId: In([...ids]) }],
        order: { id: "ASC" },
      });
      return ids.map((id) => rows.filter((r) => r.fromActId === id || r.toActId === id));
    }),
    reportingDuty: loadByKey(dataSource, ReportingDuty, "id"),
    /** Obligations by key (id and due date), as the deadlines list names them. */
    obligation: new DataLoader<{ id: string; dueOn: string }, Obligation | null, string>((keys) => new ObligationService(dataSource).occurrences(keys), {
      cacheKeyFn: (key) => `${key.id}@${key.dueOn}`,
    }),
    submissionsByReportingDuty: loadGroupedBy(dataSource, ReportingDutySubmission, "dutyId", { reportedPeriod: "ASC", id: "ASC" }),
    bodiesByReportingDuty: new DataLoader<string, { organizationId: string; role: string }[]>(async (ids) => {
      const rows: { duty_id: string; organization_id: string; role: string }[] = await dataSource.query(
        `SELECT duty_id, organization_id, role FROM agreements.reporting_duty_body WHERE duty_id = ANY($1) ORDER BY organization_id`,
        [[...ids]],
      );
      return groupRows(ids, rows, (row) => row.duty_id).map((links) => links.map((l) => ({ organizationId: l.organization_id, role: l.role })));
    }),
    relationsByAgreement: new DataLoader<string, AgreementRelation[]>(async (ids) => {
      const rows = await dataSource.getRepository(AgreementRelation).find({
        where: [{ fromAgreementId: In([...ids]) }, { toAgreementId: In([...ids]) }],
        order: { id: "ASC" },
      });
      return ids.map((id) =>
        rows
          .filter((r) => r.fromAgreementId === id || r.toAgreementId === id)
          .map((r) => Object.assign(new AgreementRelation(), r, { direction: r.fromAgreementId === id ? RelationDirection.OUTGOING : RelationDirection.INCOMING })),
      );
    }),
  };
}

export type AgreementsLoaders = ReturnType<typeof createAgreementsLoaders>;
export type AgreementsContext = SubgraphContext<AgreementsLoaders>;
