import type { TableImporter } from "#shared/import/importer";
import { mlaImporters } from "../../subgraphs/mla/src/import/mla-importers";
import { statusUpdateImporter } from "../../subgraphs/recommendations/src/import/status-update.importer";

/** Every import kind's definition, from the subgraph that owns it (the CLI writes templates from them). */
export const IMPORTERS: readonly TableImporter[] = [...mlaImporters, statusUpdateImporter];
