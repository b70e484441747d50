import { useState } from "react";
import { useQuery } from "../../api/use-query";
import type { ServerSort } from "../../components/DataTable";
import type { Lang as ApiLang, MlaRequestOrderField } from "../../generated/graphql";
import { ErrorMessage, Loading } from "../../components/messages";
import { ConnectionPager, useCursorPages } from "../../components/Pager";
import { graphql } from "../../generated";
import { useI18n } from "../../i18n/language";
import { RequestsTable } from "../mla/RequestsTable";

const AgreementRequestsQuery = graphql(`
  query AgreementRequests($id: ID!, $first: Int, $after: String, $orderBy: MlaRequestOrder) {
    agreement(id: $id) {
      id
      mlaRequests(first: $first, after: $after, orderBy: $orderBy) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...MlaRequestRow
          }
        }
      }
    }
  }
`);

/** The MLA requests relying on an agreement, a page at a time. */
export function AgreementRequests({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [sort, setSort] = useState<ServerSort | null>(null);
  const pages = useCursorPages(JSON.stringify({ id, sort }), 10);
  const orderBy = sort ? { field: sort.field as MlaRequestOrderField, direction: sort.direction, lang: lang.toUpperCase() as ApiLang } : null;
  const { data, error } = useQuery(AgreementRequestsQuery, { id, first: pages.first, after: pages.after, orderBy });
  if (error) return <ErrorMessage error={error} />;
  const connection = data?.agreement?.mlaRequests;
  if (!connection) return <Loading />;
  return (
    <RequestsTable
      id="agreement-requests"
      label={t("agreement.requests")}
      rows={connection.edges.map((edge) => edge.node)}
      serverSort={{ value: sort, onChange: setSort }}
      footer={<ConnectionPager label={t("agreement.requests")} pages={pages} total={connection.totalCount} count={connection.edges.length} hasNextPage={connection.pageInfo.hasNextPage} endCursor={connection.pageInfo.endCursor} />}
    />
  );
}
