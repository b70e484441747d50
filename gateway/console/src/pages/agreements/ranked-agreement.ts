/**
 * The agreement of a ranking row; one the agreements subgraph does not know (the API then answers null,
 * keeping the row) is shown by the id the requests name.
 */
export function rankedAgreement<Agreement extends { id: string }>(row: { agreementId: string; agreement: Agreement | null }): Agreement | { id: string } {
  return row.agreement ?? { id: row.agreementId };
}
