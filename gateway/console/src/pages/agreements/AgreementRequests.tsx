import { useQuery } from "../../api/use-query";
import { ErrorMessage, Loading } from "../../components/messages";
import { ConnectionPager, useCursorPages } from "../../components/Pager";
import { graphql } from "../../generated";
import { useI18n } from "../../i18n/language";
import { RequestsTable } from "../mla/RequestsTable";

const AgreementRequestsQuery = graphql(`
  query AgreementRequests($id: ID!, $first: Int, $after: String) {
    agreement(id: $id) {
      id
      mlaRequests(first: $first, after: $after) {
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
  const { t } = useI18n();
  const pages = useCursorPages(id, 10);
  const { data, error } = useQuery(AgreementRequestsQuery, { id, first: pages.first, after: pages.after });
  if (error) return <ErrorMessage error={error} />;
  const connection = data?.agreement?.mlaRequests;
  if (!connection) return <Loading />;
  return (
    <RequestsTable
      id="agreement-requests"
      label={t("agreement.requests")}
      rows={connection.edges.map((edge) => edge.node)}
      sortsPageOnly
      footer={<ConnectionPager label={t("agreement.requests")} pages={pages} total={connection.totalCount} count={connection.edges.length} hasNextPage={connection.pageInfo.hasNextPage} endCursor={connection.pageInfo.endCursor} />}
    />
  );
}
