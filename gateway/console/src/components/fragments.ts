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

// An agreement's names for staff pages: AgreementName (as the partners' registered operations ask it) and
// the staff translations shown, marked unofficial, where no official title exists.
graphql(`
  fragment AgreementLabel on Agreement {
    ...AgreementName
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

// Figures on staff pages, which may count demo data: how many demo requests they hold, for the marker.
graphql(`
  fragment DemoFigures on CooperationSummary {
    ...CooperationFigures
    syntheticRequests
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
