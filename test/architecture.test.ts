import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot } from "#shared/paths";

// madge has no type declarations; this is the part of its API the checks use.
interface MadgeResult {
  circular(): string[][];
  obj(): Record<string, string[]>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const madge = require("madge") as (paths: string | string[], config: Record<string, unknown>) => Promise<MadgeResult>;

const ROOT = repoRoot();
const SOURCE_DIRS = ["shared/src", "gateway/src", "subgraphs", "hub/src", "test"];

function analyse(paths: string[], baseDir = ROOT): Promise<MadgeResult> {
  return madge(paths, { baseDir, fileExtensions: ["ts"], tsConfig: path.join(ROOT, "tsconfig.json"), excludeRegExp: [/node_modules/, /^dist\//] });
}

describe("the import graph", () => {
  let graph: MadgeResult;
  beforeAll(async () => {
    graph = await analyse(SOURCE_DIRS.map((dir) => path.join(ROOT, dir)));
  }, 60_000);

  it("has no import cycle anywhere (type-only imports included)", () => {
    expect(graph.circular()).toEqual([]);
  });

  it("keeps shared/ below everything: it imports nothing from gateway/, subgraphs/ or hub/", () => {
    const upward = Object.entries(graph.obj())
      .filter(([file]) => file.startsWith("shared/"))
      .flatMap(([file, imports]) => imports.filter((target) => /^(gateway|subgraphs|hub)\//.test(target)).map((target) => `${file} -> ${target}`));
    expect(upward).toEqual([]);
  });

  it("imports shared code by name (#shared/…), never by climbing out of a folder", () => {
    const climbing = Object.keys(graph.obj())
      .filter((file) => file.endsWith(".ts") && !file.startsWith("dist/"))
      .filter((file) => /from "(\.\.\/){3,}/.test(readFileSync(path.join(ROOT, file), "utf8")));
    expect(climbing).toEqual([]);
  });

  it("would notice a cycle (the check itself can fail)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hub-cycle-"));
    try {
      writeFileSync(path.join(dir, "a.ts"), `import type { B } from "./b";\nexport interface A { b: B }\n`);
      writeFileSync(path.join(dir, "b.ts"), `import type { A } from "./a";\nexport interface B { a: A }\n`);
      const cyclic = await analyse([dir], dir);
      expect(cyclic.circular()).toEqual([["a.ts", "b.ts"]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
