import { credentialHeaders, readCredential } from "../api/credential";
import { azLabels } from "../i18n/az-labels";
import { enLabels } from "../i18n/en-labels";
import { ruLabels } from "../i18n/ru-labels";
import { storedLang } from "../i18n/stored-lang";
import "./graphiql-page.css";

// GraphiQL for staff, self-hosted from the graphiql, react and react-dom packages' UMD builds (loaded by
// graphiql.html). It sends the token the console holds in this tab; partners get a pointer to the API.

interface GraphiQLGlobals {
  GraphiQL: { createFetcher(options: { url: string; headers: Record<string, string> }): unknown };
  React: { createElement(type: unknown, props: Record<string, unknown>): unknown };
  ReactDOM: { createRoot(element: Element): { render(node: unknown): void } };
}

const lang = storedLang();
const labels = { az: azLabels, en: enLabels, ru: ruLabels }[lang];
document.documentElement.lang = lang;
const back = document.getElementById("back-to-console");
if (back) back.textContent = `← ${labels["graphiql.back"]}`;

const root = document.getElementById("graphiql");
const credential = readCredential();
const globals = window as unknown as GraphiQLGlobals;
if (root) {
  if (!credential || credential.kind !== "token") {
    root.className = "graphiql-refused";
    root.textContent = labels["graphiql.staffOnly"];
  } else {
    const fetcher = globals.GraphiQL.createFetcher({ url: "/graphql", headers: credentialHeaders(credential) });
    globals.ReactDOM.createRoot(root).render(globals.React.createElement(globals.GraphiQL, { fetcher, defaultEditorToolsVisibility: true }));
  }
}
