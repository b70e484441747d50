import { credential, roles, signIn, signOut } from "./api.js";
import { h } from "./dom.js";
import { currentLang, setLang, t } from "./i18n.js";
import { agreementPage, agreementsPage } from "./pages/agreements.js";
import { mlaListPage, mlaRequestPage } from "./pages/mla.js";
import { overviewPage } from "./pages/overview.js";
import { recommendationPage, recommendationsPage } from "./pages/recommendations.js";
import { reportPage } from "./pages/report.js";

const ROUTES = [
  [/^#\/agreements\/(.+)$/, (id) => agreementPage(decodeURIComponent(id))],
  [/^#\/agreements$/, () => agreementsPage()],
  [/^#\/mla\/(.+)$/, (id) => mlaRequestPage(decodeURIComponent(id))],
  [/^#\/mla$/, () => mlaListPage()],
  [/^#\/recommendations\/(.+)$/, (id) => recommendationPage(decodeURIComponent(id))],
  [/^#\/recommendations$/, () => recommendationsPage()],
  [/^#\/report$/, () => reportPage()],
  [/^.*$/, () => overviewPage()],
];
const NAV = [["#/overview", "overview"], ["#/agreements", "agreements"], ["#/mla", "mla"], ["#/recommendations", "recommendations"], ["#/report", "report"]];

function signInPage() {
  const input = h("textarea", { id: "credential", placeholder: `${t("staffToken")} / ${t("partnerKey")}` });
  return h("section", { class: "card signin" },
    h("h1", {}, t("signIn")),
    h("p", { class: "muted" }, t("tokenOrKey")),
    h("form", { onsubmit: (event) => { event.preventDefault(); signIn(input.value); render(); } },
      input, h("p", {}, h("button", { class: "primary", type: "submit", id: "signin" }, t("signIn")))));
}

function chrome() {
  document.title = t("appName");
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  document.getElementById("lang").textContent = currentLang() === "az" ? "EN" : "AZ";
  const nav = document.getElementById("nav");
  nav.replaceChildren(...(credential() ? NAV.map(([href, key]) => h("a", { href, class: location.hash.startsWith(href) ? "active" : null }, t(key))) : []));
  if (credential() && !roles().includes("partner")) nav.append(h("a", { href: "/graphiql", id: "graphiql-link" }, "GraphiQL"));
  if (!document.querySelector("link[rel=icon]")) document.head.append(h("link", { rel: "icon", href: "data:," }));
  document.getElementById("signout").hidden = !credential();
  const who = roles();
  document.getElementById("who").textContent = who.includes("partner") ? `${t("partnerKey")} · ${t("readOnly")}` : who.join(", ");
}

export async function render() {
  chrome();
  const main = document.getElementById("main");
  if (!credential()) {
    main.replaceChildren(signInPage());
    return;
  }
  const route = location.hash.split("?")[0];
  const [pattern, page] = ROUTES.find(([re]) => re.test(route));
  main.replaceChildren(h("p", { class: "muted" }, t("loading")));
  try {
    main.replaceChildren(await page(...(pattern.exec(route) ?? []).slice(1)));
  } catch (error) {
    if (error.code === "UNAUTHENTICATED") {
      signOut();
      return render();
    }
    main.replaceChildren(h("p", { class: "error", role: "alert" }, error.message));
  }
}

document.getElementById("lang").addEventListener("click", () => { setLang(currentLang() === "az" ? "en" : "az"); render(); });
document.getElementById("signout").addEventListener("click", () => { signOut(); render(); });
window.addEventListener("hashchange", render);
setLang(currentLang());
render();
