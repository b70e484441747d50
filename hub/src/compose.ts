import "reflect-metadata";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { agreementsSubgraph } from "../../subgraphs/agreements/src/subgraph";
import { mlaSubgraph } from "../../subgraphs/mla/src/subgraph";
import { recommendationsSubgraph } from "../../subgraphs/recommendations/src/subgraph";
import { ENVIRONMENT_VARIABLES } from "#shared/config";
import { schemaDir, supergraphPath } from "#shared/paths";

export const SUBGRAPHS = [agreementsSubgraph, mlaSubgraph, recommendationsSubgraph] as const;

// The URLs in the supergraph are the local defaults; the gateway routes by subgraph name to the
// configured AGREEMENTS_URL / MLA_URL / RECOMMENDATIONS_URL, so one file serves every deployment.
const DEFAULT_URLS: Record<string, string> = {
  agreements: ENVIRONMENT_VARIABLES.AGREEMENTS_URL,
  mla: ENVIRONMENT_VARIABLES.MLA_URL,
  recommendations: ENVIRONMENT_VARIABLES.RECOMMENDATIONS_URL,
};

export interface Composition {
  files: Record<string, string>;
  errors: string[];
}

/** Prints each subgraph's SDL from its type-graphql classes and composes the supergraph from them. */
export async function composeSupergraph(): Promise<Composition> {
  const files: Record<string, string> = {};
  const services = [];
  for (const subgraph of SUBGRAPHS) {
    const { sdl } = await subgraph.buildSchema();
    files[path.join(schemaDir(), `${subgraph.name}.graphql`)] = sdl;
    services.push({ name: subgraph.name, url: DEFAULT_URLS[subgraph.name], typeDefs: parse(sdl) });
  }
  const result = composeServices(services);
  if (result.errors) return { files, errors: result.errors.map((error) => error.message) };
  files[supergraphPath()] = result.supergraphSdl.endsWith("\n") ? result.supergraphSdl : `${result.supergraphSdl}\n`;
  return { files, errors: [] };
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

export function staleFiles(composition: Composition): string[] {
  return Object.entries(composition.files)
    .filter(([file, text]) => read(file) !== text)
    .map(([file]) => path.relative(process.cwd(), file));
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const composition = await composeSupergraph();
  if (composition.errors.length > 0) {
    console.error(`composition failed:\n${composition.errors.join("\n")}`);
    process.exit(1);
  }
  if (check) {
    const stale = staleFiles(composition);
    if (stale.length > 0) {
      console.error(`stale, run npm run compose: ${stale.join(", ")}`);
      process.exit(1);
    }
    console.log("schema/ is up to date");
    return;
  }
  for (const [file, text] of Object.entries(composition.files)) writeFileSync(file, text);
  console.log(`wrote ${Object.keys(composition.files).map((f) => path.relative(process.cwd(), f)).join(", ")}`);
}

if (require.main === module) void main();
