import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

let cached: string | undefined;

/** The repository root, found the same way from `src/` (tests) and from `dist/` (npm start). */
export function repoRoot(): string {
  if (cached) return cached;
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "cooperation-hub") {
      return (cached = dir);
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("cannot find the cooperation-hub repository root");
    dir = parent;
  }
}

export const seedsDir = (subgraph: string) => path.join(repoRoot(), "seeds", subgraph);
export const schemaDir = () => path.join(repoRoot(), "schema");
export const supergraphPath = () => path.join(schemaDir(), "supergraph.graphql");
/** The registered operations partner keys may run (trusted documents), reviewed like code. */
export const partnerOperationsDir = () => path.join(repoRoot(), "partner-operations");
