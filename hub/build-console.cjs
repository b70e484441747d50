// The staff console's build, run by hub/build.cjs when the console's sources or the supergraph changed:
//  1. the API schema the gateway serves, derived from schema/supergraph.graphql as the gateway derives it;
//  2. GraphQL Code Generator's client preset over every graphql(`…`) document in gateway/console/src:
//     a document the schema does not allow fails here; the result types land in src/generated/;
//  3. tsc --noEmit with the console's own tsconfig (DOM, JSX): a breaking schema change fails here;
//  4. esbuild: one JS bundle and one CSS file in dist/console/, beside index.html (no CDN, no inline code).
"use strict";
const { spawnSync } = require("node:child_process");
const { copyFileSync, mkdirSync, rmSync, writeFileSync, readFileSync } = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const CONSOLE = path.join(ROOT, "gateway", "console");
const SRC = path.join(CONSOLE, "src");
const OUT = path.join(ROOT, "dist", "console");

/** The schema clients see: the supergraph without its federation machinery (join__*, link__*). */
function apiSchemaSdl(supergraphPath) {
  const { Supergraph } = require("@apollo/federation-internals");
  const { printSchema } = require("graphql");
  return printSchema(Supergraph.build(readFileSync(supergraphPath, "utf8")).apiSchema().toGraphQLJSSchema());
}

/**
 * The registered operations the console's partner pages run (partner-operations/, reviewed documents):
 * typed from the files themselves, so a partner tab sends exactly what was registered. A separate output,
 * since their names (Agreement, Indicators…) and fragments are the staff pages' too.
 */
const PARTNER_OPERATIONS = ["AgreementsPage", "Agreement", "AgreementCooperation", "Recommendations", "Recommendation", "RecommendationProgress", "Indicators", "Statistics", "LegalActs"];

/** Codegen config: typed documents as strings (no GraphQL parser in the browser), enums as const objects. */
function codegenConfig(schemaFile, srcDir, generatedDir) {
  const output = (documents) => ({
    documents,
    preset: require("@graphql-codegen/client-preset").preset,
    presetConfig: { fragmentMasking: false, persistedDocuments: true },
    config: {
      documentMode: "string",
      enumType: "const",
      useTypeImports: true,
      strictScalars: true,
      scalars: { LocalDate: "string", DateTimeISO: "string", JSONObject: "Record<string, unknown>" },
    },
  });
  return {
    schema: schemaFile,
    silent: true,
    errorsOnly: true,
    generates: {
      [generatedDir + path.sep]: output([path.join(srcDir, "**/*.{ts,tsx}"), `!${path.join(generatedDir, "**")}`]),
      [path.join(generatedDir, "partner") + path.sep]: output(PARTNER_OPERATIONS.map((name) => path.join(ROOT, "partner-operations", `${name}.graphql`))),
    },
  };
}

/** Steps 1-2: writes src/generated/ (schema.graphql, graphql.ts, gql.ts, persisted-documents.json; partner/ the same for PARTNER_OPERATIONS). */
async function generate({ supergraphPath = path.join(ROOT, "schema", "supergraph.graphql"), srcDir = SRC } = {}) {
  const generatedDir = path.join(srcDir, "generated");
  rmSync(generatedDir, { recursive: true, force: true });
  mkdirSync(generatedDir, { recursive: true });
  const schemaFile = path.join(generatedDir, "schema.graphql");
  writeFileSync(schemaFile, apiSchemaSdl(supergraphPath));
  const { generate: codegen } = require("@graphql-codegen/cli");
  // The partner pages' registered AgreementCooperation names its fragment as the staff pages' does, in an
  // output of its own: graphql-tag (which codegen parses with) would warn about the shared name.
  require("graphql-tag").disableFragmentWarnings();
  try {
    await codegen(codegenConfig(schemaFile, srcDir, generatedDir), true);
  } catch (error) {
    const details = (error.errors ?? [error]).map((e) => e.details ?? e.message).join("\n");
    throw new Error(`console: a GraphQL document does not match the schema\n${details}`);
  }
}

/** Step 3. Returns tsc's exit status and output. */
function typecheck(tsconfig = path.join(CONSOLE, "tsconfig.json")) {
  const result = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc", { paths: [ROOT] }), "--noEmit", "-p", tsconfig], { cwd: ROOT, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Step 4. */
function bundle() {
  rmSync(OUT, { recursive: true, force: true });
  require("esbuild").buildSync({
    entryPoints: { console: path.join(SRC, "main.tsx"), graphiql: path.join(SRC, "graphiql", "graphiql-page.ts") },
    outdir: OUT,
    bundle: true,
    minify: true,
    format: "iife",
    target: ["chrome109", "firefox115", "safari16"],
    define: { "process.env.NODE_ENV": '"production"' },
    jsx: "automatic",
    legalComments: "none",
    logLevel: "warning",
  });
  for (const page of ["index.html", "graphiql.html"]) copyFileSync(path.join(CONSOLE, page), path.join(OUT, page));
}

async function buildConsole() {
  await generate();
  const checked = typecheck();
  if (checked.status !== 0) throw new Error(`console: type-check failed (tsc -p gateway/console/tsconfig.json)\n${checked.output}`);
  bundle();
}

module.exports = { buildConsole, generate, typecheck, apiSchemaSdl, PARTNER_OPERATIONS };
