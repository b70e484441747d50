import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSchema, Kind, parse, validate, type OperationDefinitionNode } from "graphql";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { repoRoot, supergraphPath } from "#shared/paths";

// The console's GraphQL is checked against the supergraph when it is built (hub/build-console.cjs). These
// tests show that the check covers every staff mutation and that it fails when it should.
const ROOT = repoRoot();
const BUILD = path.join(ROOT, "hub", "build-console.cjs");

/**
 * Runs a step of the console's build in a Node process of its own, as hub/build.cjs does (codegen's
 * dependencies are ES modules jest would have to transform). Returns its exit status and output.
 */
function buildStep(call: string): { status: number | null; output: string } {
  const script = `Promise.resolve(require(${JSON.stringify(BUILD)}).${call}).then((r) => { if (r && r.status) { process.stdout.write(r.output); process.exit(2); } }, (e) => { process.stdout.write(String(e.message)); process.exit(1); })`;
  const result = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The API schema the gateway serves (the supergraph without its federation machinery). */
function apiSchemaSdl(): string {
  const script = `process.stdout.write(require(${JSON.stringify(BUILD)}).apiSchemaSdl(${JSON.stringify(supergraphPath())}))`;
  return spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" }).stdout;
}

const CONSOLE_SRC = path.join(ROOT, "gateway", "console", "src");

/** The documents the console sends, as the build generated them (npm test builds first). */
function consoleDocuments(): string[] {
  return Object.values(JSON.parse(readFileSync(path.join(CONSOLE_SRC, "generated", "persisted-documents.json"), "utf8")) as Record<string, string>);
}

/**
 * Mutations that landed without a console page yet (docs/console.md, phase 2b): each must exist and be
 * unused; take it off this list when the console uses it.
 */
// None waits today: a branch adding a mutation lists it here until its page exists.
const PHASE_2: string[] = [];

describe("the console's typed GraphQL operations", () => {
  const schema = buildSchema(apiSchemaSdl());

  it("use every mutation of the supergraph (each is a staff task: partners only read), but those listed as waiting", () => {
    const used = new Set(
      consoleDocuments()
        .flatMap((document) => parse(document).definitions)
        .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.operation === "mutation")
        .flatMap((operation) => operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : ""))),
    );
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect(mutations.length).toBeGreaterThan(0);
    expect(mutations.filter((name) => !used.has(name))).toEqual([...PHASE_2].sort());
  });

  it("each stay under the gateway's query cost limit (graphql-armor, cost 20 000), which counts every nested fragment as a level", () => {
    const costs = consoleDocuments().map((document) => {
      const rejected: string[] = [];
      validate(schema, parse(document), [costLimitRule({ maxCost: 20_000, exposeLimits: true, propagateOnRejection: false, onReject: [(_context, error) => rejected.push(error.message)] })]);
      return { operation: /(?:query|mutation) (\w+)/.exec(document)?.[1], rejected };
    });
    expect(costs.filter((c) => c.rejected.length)).toEqual([]);
  });

  it("are all valid against the schema the gateway serves now", () => {
    const documents = consoleDocuments();
    expect(documents.length).toBeGreaterThan(20);
    const invalid = documents.map((document) => validate(schema, parse(document)).map((e) => e.message)).filter((errors) => errors.length);
    expect(invalid).toEqual([]);
  });

  it("fail the build when a document asks for a field the schema does not have", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "console-codegen-"));
    try {
      writeFileSync(path.join(dir, "page.ts"), 'import { graphql } from "./generated";\nexport const Q = graphql(`query Broken { mlaRequests { totalCount nosuchfield } }`);\n');
      const generated = buildStep(`generate({ srcDir: ${JSON.stringify(dir)} })`);
      expect(generated.status).toBe(1);
      expect(generated.output).toMatch(/nosuchfield/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fail the console's type-check when the schema drops an enum value the console names", () => {
    // A copy of the console inside the repository (so it resolves react and the rest from node_modules),
    // generated against a supergraph whose MlaStatus lost WITHDRAWN.
    const dir = path.join(ROOT, "dist", `console-check-${process.pid}`);
    try {
      mkdirSync(dir, { recursive: true });
      cpSync(CONSOLE_SRC, path.join(dir, "src"), { recursive: true, filter: (source) => !source.includes(`${path.sep}generated`) });
      writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ extends: "../../gateway/console/tsconfig.json", compilerOptions: { tsBuildInfoFile: "./.tsbuildinfo" }, include: ["src"] }));
      const supergraph = readFileSync(supergraphPath(), "utf8").replace(/(enum MlaStatus[^{]*\{[^}]*?)\n\s*WITHDRAWN[^\n]*/, "$1");
      expect(supergraph).not.toEqual(readFileSync(supergraphPath(), "utf8"));
      writeFileSync(path.join(dir, "supergraph.graphql"), supergraph);
      expect(buildStep(`generate({ supergraphPath: ${JSON.stringify(path.join(dir, "supergraph.graphql"))}, srcDir: ${JSON.stringify(path.join(dir, "src"))} })`).status).toBe(0);
      const checked = buildStep(`typecheck(${JSON.stringify(path.join(dir, "tsconfig.json"))})`);
      expect(checked.status).toBe(2);
      // Every error is the dropped value, still named by the az, en and ru dictionaries: nothing else failed.
      const errors = checked.output.split("\n").filter((line) => line.includes("error TS"));
      expect(errors.map((line) => line.split("(")[0]).sort()).toEqual(["src/i18n/az-enums.ts", "src/i18n/en-enums.ts", "src/i18n/ru-enums.ts"].map((f) => path.join(path.relative(ROOT, dir), f)));
      expect(errors.every((line) => line.includes("'WITHDRAWN'"))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
