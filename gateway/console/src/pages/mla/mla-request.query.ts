import { graphql } from "../../generated";

/** One request with everything its page shows; the transition and details forms ask it again after a conflict. */
export const MlaRequestQueryDocument = graphql(`
  query MlaRequest($id: ID!) {
    mlaRequest(id: $id) {
      ...MlaRequestRow
      version
      legalBasisKind
      assistanceTypes
      spontaneous
      counterpartAuthority
      acknowledgedOn
      closedOn
      refusalGround
      refusalGroundCode
      internalNote
      source
      nextStatuses
      counterpartCountryCode
      legalBasisAgreementId
      legalBasisArticle
      factsSummary
      assistanceSought
      requestingAuthority
      contactName
      contactPhone
      contactEmail
      letterCheck {
        ready
        missing {
          code
          field
        }
      }
      case {
        id
        reference
        articles
      }
      history {
        id
        kind
        origin
        from
        to
        changedAt
        changedByName
        note
        refusalGround
        refusalGroundCode
        changedFields
        case {
          id
          reference
        }
      }
      contributedTo {
        id
        kind
        quantity
        recordedOn
      }
      evidenceFor {
        id
        code
        source {
          title
        }
      }
    }
  }
`);
