import { graphql } from "../../generated";

/** One recommendation with its history; the status form asks it again after a conflict. */
export const RecommendationQueryDocument = graphql(`
  query Recommendation($id: ID!, $includeSynthetic: Boolean!) {
    recommendation(id: $id) {
      id
      code
      section
      textAz
      textEn
      textRu
      unofficialTexts {
        lang
        text
        translatedAt
        translatedByName
      }
      theme
      status
      version
      quote
      institutions {
        id
        abbreviation
        nameAz
        nameEn
      }
      source {
        id
        title
        body
      }
      history {
        id
        status
        reportingPeriod
        recordedAt
        recordedByName
        note
        corrects {
          id
          reportingPeriod
        }
        evidence {
          ...EvidenceView
        }
      }
      cooperationAgreements {
        ...AgreementLabel
        cooperation(includeSynthetic: $includeSynthetic) {
          ...DemoFigures
        }
      }
    }
  }
`);

graphql(`
  fragment EvidenceView on Evidence {
    id
    kind
    agreementId
    documentTitle
    documentUrl
    note
    agreement {
      ...AgreementLabel
    }
    mlaRequest {
      id
      reference
    }
    measure {
      id
      number
      text
      unofficialTexts {
        lang
        text
      }
      agreement {
        id
      }
    }
  }
`);
