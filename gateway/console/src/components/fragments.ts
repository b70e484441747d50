import { graphql } from "../generated";

// Fragments shared by several pages' queries (codegen adds each to the documents that spread it).

graphql(`
  fragment AgreementName on Agreement {
    id
    titleAz: title(lang: AZ)
    titleEn: title(lang: EN)
    titleRu: title(lang: RU)
    description
    unofficialTitles {
      lang
      title
    }
  }
`);

graphql(`
  fragment CooperationFigures on CooperationSummary {
    requestsIn
    requestsOut
    executed
    refused
    pending
    overdue
    level
    syntheticRequests
    outcomes {
      suspectsArrested
      victimsIdentified
      convictions
    }
  }
`);

graphql(`
  fragment MlaRequestRow on MlaRequest {
    id
    reference
    direction
    status
    priority
    openedOn
    dueOn
    overdue
    daysOpen
    synthetic
    counterpartCountry {
      ...CountryName
    }
    legalBasis {
      ...AgreementName
    }
  }
`);
