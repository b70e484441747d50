import { graphql } from "../generated";

// Fragments shared by several pages' queries (codegen adds each to the documents that spread it).

graphql(`
  fragment AgreementName on Agreement {
    id
    titleAz: title(lang: AZ)
    titleEn: title(lang: EN)
    titleRu: title(lang: RU)
    description
  }
`);

// An agreement's names for staff pages: AgreementName's fields (which the partners' registered operations
// ask as they are) and the staff translations shown, marked unofficial, where no official title exists.
// Written out, not spreading AgreementName: the gateway's cost limit counts each nested spread as a level.
graphql(`
  fragment AgreementLabel on Agreement {
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
    outcomes {
      suspectsArrested
      victimsIdentified
      convictions
    }
  }
`);

// Figures on staff pages, which may count demo data: CooperationFigures' fields and how many demo requests
// they hold, for the marker (written out for the same reason as AgreementLabel).
graphql(`
  fragment DemoFigures on CooperationSummary {
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
      ...AgreementLabel
    }
  }
`);
