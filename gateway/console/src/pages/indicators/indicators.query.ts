import { graphql } from "../../generated";
import type { IndicatorsQuery } from "../../generated/graphql";

/** The needs assessment's indicators with every assessment of each criterion. */
export const IndicatorsQueryDocument = graphql(`
  query Indicators {
    indicators {
      id
      name
      source
      items {
        id
        dimension
        level
        text
        unofficialTexts {
          lang
          text
        }
        assessments {
          id
          reportingPeriod
          status
          note
          recordedAt
          recordedByName
          baseline
          quote
        }
      }
    }
  }
`);

export type Indicator = IndicatorsQuery["indicators"][number];
