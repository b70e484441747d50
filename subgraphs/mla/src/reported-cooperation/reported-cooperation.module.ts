import { MlaReportedCooperation1764100000002 } from "../migrations/1764100000002-MlaReportedCooperation";
import { CountryReportedCooperationResolver, ReportedCooperationResolver } from "./reported-cooperation.resolver";

/** What the mla subgraph registers for reported cooperation: its migration and its resolvers. */
export const reportedCooperation = {
  migrations: [MlaReportedCooperation1764100000002],
  resolvers: [ReportedCooperationResolver, CountryReportedCooperationResolver],
} as const;
