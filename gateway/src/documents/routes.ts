import type { DocumentRoute } from "./documents";

/** Every document the hub drafts, each a GET route for staff (see documents.ts). */
export const DOCUMENT_ROUTES: DocumentRoute<never, never>[] = [];
