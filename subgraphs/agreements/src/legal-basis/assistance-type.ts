import { registerEnumType } from "type-graphql";

/**
 * The kinds of assistance an MLA request asks for. The mla subgraph owns requests and defines the same
 * enum; composition requires the two to hold the same values (an enum used as input and output must
 * agree in every subgraph), so a value added there fails `npm run compose` until it is added here.
 */
export enum AssistanceType {
  EVIDENCE = "EVIDENCE",
  WITNESS_VICTIM_INTERVIEW = "WITNESS_VICTIM_INTERVIEW",
  IDENTIFICATION = "IDENTIFICATION",
  SEARCH_AND_SEIZURE = "SEARCH_AND_SEIZURE",
  ASSET_TRACING = "ASSET_TRACING",
  EXTRADITION = "EXTRADITION",
  TRANSFER_OF_PROCEEDINGS = "TRANSFER_OF_PROCEEDINGS",
  VICTIM_REPATRIATION = "VICTIM_REPATRIATION",
  INFORMATION_EXCHANGE = "INFORMATION_EXCHANGE",
  JOINT_INVESTIGATION = "JOINT_INVESTIGATION",
}
registerEnumType(AssistanceType, { name: "AssistanceType" });
