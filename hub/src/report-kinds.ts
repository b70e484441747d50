/** The reports the gateway drafts, for the CLI (`hub report`). */
export { isReportKind, REPORT_KINDS } from "../../gateway/src/documents/reports/report-kinds";
