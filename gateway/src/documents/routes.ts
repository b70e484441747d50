import type { DocumentRoute } from "./documents";
import { mlaRequestLetterRoute } from "./mla-request-letter/mla-request-letter.route";
import { reportRoute } from "./reports/report-route";

/** Every document the hub drafts, each a GET route for staff (see documents.ts). */
export const DOCUMENT_ROUTES: DocumentRoute<never, never>[] = [mlaRequestLetterRoute, reportRoute];
