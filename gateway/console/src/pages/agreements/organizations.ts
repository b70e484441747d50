import { useQuery } from "../../api/use-query";
import { graphql } from "../../generated";
import type { OrganizationsQuery } from "../../generated/graphql";

const OrganizationsQueryDocument = graphql(`
  query Organizations {
    organizations {
      id
      abbreviation
      nameAz
      nameEn
      kind
    }
  }
`);

export type Organization = OrganizationsQuery["organizations"][number];

/** Organisations (frameworks, parties, executors of measures), for the admin forms' pickers. */
export function useOrganizations(): Organization[] {
  return useQuery(OrganizationsQueryDocument, {}, { reference: true }).data?.organizations ?? [];
}

export function organizationLabel(organization: Organization, lang: string): string {
  const name = lang === "az" ? organization.nameAz : (organization.nameEn ?? organization.nameAz);
  return !organization.abbreviation || organization.abbreviation === name ? name : `${organization.abbreviation} — ${name}`;
}
