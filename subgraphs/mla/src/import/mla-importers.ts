import type { TableImporter } from "#shared/import/importer";
import { caseImporter } from "./case.importer";
import { mlaRequestImporter } from "./mla-request.importer";
import { outcomeImporter } from "./outcome.importer";

/** What the mla subgraph imports: cases first, then the requests that serve them, then results on cases. */
export const mlaImporters: readonly TableImporter[] = [caseImporter, mlaRequestImporter, outcomeImporter];
