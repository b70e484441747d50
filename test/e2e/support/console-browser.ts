import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { repoRoot } from "#shared/paths";
import type { TestHub } from "../../support/test-hub";

// Debian's chromium, driven by playwright-core. `npm test` runs the console's end-to-end tests when it is
// installed; .ci/run installs it, and under CI a missing browser is a failure, not a skip.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const browserAvailable = existsSync(CHROMIUM);
if (!browserAvailable && process.env.CI === "true") throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);
export const describeInBrowser = browserAvailable ? describe : describe.skip;

export const ARTIFACTS = path.join(repoRoot(), "test", "artifacts");
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** What the page said on its console: a CSP violation or a React error shows up here. */
const consoleErrors = new WeakMap<Page, string[]>();

/** A tab 1280 px wide (the width the console must fit), in a context of its own (own sessionStorage). */
export async function newTab(browserOrContext: Browser | BrowserContext): Promise<Page> {
  const context = "newContext" in browserOrContext ? await browserOrContext.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true }) : browserOrContext;
  const page = await context.newPage();
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  page.on("console", (message) => {
    // A refused credential is answered 401, a refused value 400 and a stale edit 409, on purpose (the
    // gateway answers an operation that produced no data with its error's status); the browser reports
    // every such answer.
    if (message.type() === "error" && !/status of (400|401|409)\b/.test(message.text())) errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return page;
}

/** Signs in through the form, as a person would, and waits for the overview. */
export async function signIn(page: Page, hub: TestHub, credential: string): Promise<Page> {
  await page.goto(`${hub.gatewayOrigin}/`);
  await page.fill("#credential", credential);
  await page.click("#signin");
  await page.waitForSelector("#ranking-chart");
  return page;
}

export async function signedInTab(browser: Browser, hub: TestHub, credential: string): Promise<Page> {
  return signIn(await newTab(browser), hub, credential);
}

/** Goes to a console address (#/…) and waits until the page has loaded its data. */
export async function visit(page: Page, hub: TestHub, hash: string, ready = "main h1"): Promise<void> {
  const target = `${hub.gatewayOrigin}/${hash}`;
  // Going to the address already shown would keep the page's state (a half-filled form): load it anew.
  if (page.url() === target) await page.reload();
  else await page.goto(target);
  await page.waitForSelector(ready);
  // Loading… is gone: the page shows its data (or its error).
  await page.locator("main p.muted[role=status]").waitFor({ state: "detached" });
}

export const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * The checks every page passes: axe-core (injected into the page, 0 serious or critical violations), no
 * horizontal overflow at 1280 px, nothing on the browser console (a CSP violation or a React error), and
 * a screenshot kept in test/artifacts/.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await shot(page, name);
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate<AxeViolation[]>(`axe.run(document, { resultTypes: ["violations"] }).then((results) => results.violations)`);
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect({ page: name, serious }).toEqual({ page: name, serious: [] });
  const overflow = await page.evaluate<number>(`document.documentElement.scrollWidth - document.documentElement.clientWidth`);
  expect({ page: name, overflow }).toEqual({ page: name, overflow: 0 });
  const errors = consoleErrors.get(page) ?? [];
  expect({ page: name, errors }).toEqual({ page: name, errors: [] });
}

/** Forgets what the page logged so far: after an error a test provoked on purpose (a dropped answer). */
export function forgetConsoleErrors(page: Page): void {
  consoleErrors.get(page)?.splice(0);
}

/** The text of an element, whitespace squeezed. */
export async function text(page: Page, selector: string): Promise<string> {
  return ((await page.textContent(selector)) ?? "").replace(/\s+/g, " ").trim();
}

/** Picks a country in a console country picker by typing its name (in any language). */
export async function pickCountry(page: Page, inputId: string, typed: string, code: string): Promise<void> {
  await page.fill(`#${inputId}`, typed);
  await page.click(`#${inputId}-option-${code}`);
}

/** Waits until a form control holds this value (React fills some after the data they show has loaded). */
export async function waitForValue(page: Page, selector: string, value: string): Promise<void> {
  await page.waitForFunction(
    ({ selector, value }) => {
      const dom = globalThis as unknown as { document: { querySelector(s: string): { value?: string } | null } };
      return dom.document.querySelector(selector)?.value === value;
    },
    { selector, value },
  );
}
