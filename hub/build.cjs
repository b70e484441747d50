#!/usr/bin/env node
// Builds the hub only when its sources changed since the last build, so `npm start`, `npm run hub`,
// `npm run bench` and `npm test` do not pay for the compiler each time (`npm install` builds once through
// `prepare`). Two targets, each rebuilt only when its own inputs changed: the hub (tsc) and the staff
// console (codegen → tsc --noEmit → esbuild, in hub/build-console.cjs). Plain JavaScript: it must run
// before anything is compiled, and a build with nothing to do loads nothing but node:fs.
"use strict";
const { spawnSync } = require("node:child_process");
const { createHash } = require("node:crypto");
const { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const STAMP = path.join(DIST, ".build-stamp.json");
const SKIP = new Set(["node_modules", "dist", ".data", ".git", "artifacts"]);
const CONSOLE = path.join("gateway", "console");
/** The console's generated code is an output of its build, not an input (git-ignored). */
const CONSOLE_GENERATED = path.join(CONSOLE, "src", "generated");

const TARGETS = [
  {
    name: "hub",
    /** TypeScript sources, the compiler's configuration, the manifest and the lock file. */
    inputs: ["tsconfig.json", "tsconfig.build.json", "package.json", "package-lock.json", "shared", "gateway", "subgraphs", "hub", "test/bench"],
    exclude: [CONSOLE],
    build() {
      process.stderr.write("building the hub (tsc -b)…\n");
      run("typescript/bin/tsc", ["-b", "tsconfig.build.json"]);
    },
  },
  {
    name: "console",
    /** Its sources, the supergraph its operations are checked against, the partner operations its partner pages run, and the build script itself. */
    inputs: [CONSOLE, path.join("schema", "supergraph.graphql"), "partner-operations", "package-lock.json", path.join("hub", "build-console.cjs")],
    exclude: [CONSOLE_GENERATED],
    async build() {
      process.stderr.write("building the console (codegen, tsc --noEmit, esbuild)…\n");
      await require("./build-console.cjs").buildConsole();
    },
  },
];

function walk(entry, exclude, files) {
  const full = path.join(ROOT, entry);
  if (!existsSync(full) || exclude.includes(entry)) return;
  const stats = statSync(full);
  if (stats.isFile()) {
    files.push({ name: entry, mtimeMs: stats.mtimeMs });
    return;
  }
  for (const child of readdirSync(full, { withFileTypes: true })) {
    if (SKIP.has(child.name)) continue;
    const name = path.join(entry, child.name);
    if (child.isDirectory()) walk(name, exclude, files);
    else if (/\.(ts|tsx|json|cjs|mjs|js|css|html|graphql)$/.test(child.name)) files.push({ name, mtimeMs: statSync(path.join(ROOT, name)).mtimeMs });
  }
}

function fingerprint(target) {
  const files = [];
  for (const input of target.inputs) walk(input, target.exclude, files);
  return {
    fileSet: createHash("sha256").update(files.map((f) => f.name).sort().join("\n")).digest("hex"),
    newest: Math.max(...files.map((f) => f.mtimeMs)),
  };
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP, "utf8"));
  } catch {
    return {};
  }
}

function run(command, args) {
  const result = spawnSync(process.execPath, [require.resolve(command, { paths: [ROOT] }), ...args], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
  const force = process.argv.includes("--force");
  const stamp = readStamp();
  for (const target of TARGETS) {
    const now = fingerprint(target);
    const last = stamp[target.name];
    if (!force && last && last.fileSet === now.fileSet && last.newest >= now.newest && existsSync(DIST)) continue;
    // A source that was removed or renamed leaves its old output behind: start from an empty dist/ then
    // (and build every target again, since each writes into it).
    if (target.name === "hub" && last && last.fileSet !== now.fileSet) {
      rmSync(DIST, { recursive: true, force: true });
      for (const key of Object.keys(stamp)) delete stamp[key];
    }
    await target.build();
    mkdirSync(DIST, { recursive: true });
    stamp[target.name] = { ...now, builtAt: new Date().toISOString() };
    writeFileSync(STAMP, JSON.stringify(stamp, null, 1) + "\n");
  }
}

main().catch((error) => {
  process.stderr.write(`${error.message ?? error}\n`);
  process.exit(1);
});
