#!/usr/bin/env node
// Builds the hub only when its sources changed since the last build, so `npm start`, `npm run hub`,
// `npm run bench` and `npm test` do not pay for the compiler each time (`npm install` builds once through
// `prepare`). Plain JavaScript: it must run before anything is compiled.
"use strict";
const { spawnSync } = require("node:child_process");
const { createHash } = require("node:crypto");
const { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const STAMP = path.join(DIST, ".build-stamp.json");
const SKIP = new Set(["node_modules", "dist", ".data", ".git", "artifacts"]);

/** Everything a build reads: TypeScript sources, the compiler's configuration, the manifest and the lock file. */
const INPUTS = ["tsconfig.json", "tsconfig.build.json", "package.json", "package-lock.json", "shared", "gateway", "subgraphs", "hub", "test/bench"];

function walk(entry, files) {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return;
  const stats = statSync(full);
  if (stats.isFile()) {
    files.push({ name: entry, mtimeMs: stats.mtimeMs });
    return;
  }
  for (const child of readdirSync(full, { withFileTypes: true })) {
    if (SKIP.has(child.name)) continue;
    const name = path.join(entry, child.name);
    if (child.isDirectory()) walk(name, files);
    else if (/\.(ts|tsx|json|cjs|mjs|js|css|html|graphql)$/.test(child.name)) files.push({ name, mtimeMs: statSync(path.join(ROOT, name)).mtimeMs });
  }
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP, "utf8"));
  } catch {
    return undefined;
  }
}

function run(command, args) {
  const result = spawnSync(process.execPath, [require.resolve(command, { paths: [ROOT] }), ...args], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function main() {
  const force = process.argv.includes("--force");
  const files = [];
  for (const input of INPUTS) walk(input, files);
  const fileSet = createHash("sha256").update(files.map((f) => f.name).sort().join("\n")).digest("hex");
  const newest = Math.max(...files.map((f) => f.mtimeMs));
  const stamp = readStamp();
  if (!force && stamp && stamp.fileSet === fileSet && stamp.newest >= newest && existsSync(DIST)) return;
  // A source that was removed or renamed leaves its old output behind: start from an empty dist/ then.
  if (stamp && stamp.fileSet !== fileSet) rmSync(DIST, { recursive: true, force: true });
  process.stderr.write("building the hub (tsc -b)…\n");
  run("typescript/bin/tsc", ["-b", "tsconfig.build.json"]);
  mkdirSync(DIST, { recursive: true });
  writeFileSync(STAMP, JSON.stringify({ fileSet, newest, builtAt: new Date().toISOString() }) + "\n");
}

main();
