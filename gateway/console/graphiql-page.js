import { credential, roles } from "./api.js";

// GraphiQL for staff: it sends the token the console holds in this tab; partners get a pointer to the API.
const root = document.getElementById("graphiql");
const c = credential();
if (!c || c.kind !== "token" || roles().includes("partner")) {
  root.className = "graphiql-refused";
  root.textContent = "GraphiQL is for staff: sign in to the console (/) with a staff token first.";
} else {
  const fetcher = window.GraphiQL.createFetcher({ url: "/graphql", headers: { authorization: `Bearer ${c.value}` } });
  window.ReactDOM.createRoot(root).render(window.React.createElement(window.GraphiQL, { fetcher, defaultEditorToolsVisibility: true }));
}
