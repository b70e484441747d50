import { useDemoData } from "../../app/demo-data";
import { useQuery } from "../../api/use-query";
import { graphql } from "../../generated";
import type { AssistanceType, Lang, LegalBasisOptionsQuery } from "../../generated/graphql";
import { useI18n } from "../../i18n/language";

/**
 * The instruments Azerbaijan can rely on with a country, ranked by the API (issue 14, docs/legal-basis.md):
 * agreements binding both (or possibly both), reciprocity, then agreements only used before. The new-request
 * form and the request's letter details choose among them.
 */
const LegalBasisOptionsDocument = graphql(`
  query LegalBasisOptions($country: String!, $assistanceType: AssistanceType, $includeSynthetic: Boolean!, $lang: Lang!) {
    legalBasisOptions(counterpartCountry: $country, assistanceType: $assistanceType, includeSynthetic: $includeSynthetic) {
      id
      rank
      kind
      agreementId
      applicability
      partiesIncomplete
      inForce
      inForceSince
      since
      agreement {
        ...AgreementLabel
      }
      azerbaijan {
        status
        since
      }
      counterpart {
        listed
        status
        since
      }
      limitations {
        countryCode
        kind
        text
        mentionsAssistanceType
        matchedTerms
      }
      why(lang: $lang)
      trackRecord(includeSynthetic: $includeSynthetic) {
        requestsIn
        requestsOut
        executed
        refused
        pending
        medianDaysToExecute
        level
        syntheticRequests
        refusalGrounds {
          ground
          refused
        }
        outcomes {
          suspectsArrested
          victimsIdentified
          convictions
        }
      }
    }
  }
`);

export type LegalBasisOption = LegalBasisOptionsQuery["legalBasisOptions"][number];

/**
 * The options for a country (none before one is chosen), ranked with demo data when the switch is on, and
 * explained in the console's language; reservations mentioning `assistanceType` come first.
 */
export function useLegalBasisOptions(country: string | null, assistanceType: AssistanceType | null): { options: LegalBasisOption[]; loading: boolean } {
  const { lang } = useI18n();
  const demo = useDemoData();
  const variables = { country: country ?? "", assistanceType, includeSynthetic: demo.included, lang: lang.toUpperCase() as Lang };
  const { data, loading } = useQuery(LegalBasisOptionsDocument, variables, { skip: !country });
  return { options: country ? (data?.legalBasisOptions ?? []) : [], loading: Boolean(country) && loading };
}
