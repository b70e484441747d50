import type { ReactNode } from "react";
import { useI18n } from "../i18n/language";
import { LANGS, type LabelKey } from "../i18n/types";
import { useDemoData } from "./demo-data";
import { NAVIGATION, PARTNER_SECTIONS } from "./routes";
import { href, type Route } from "./router";
import { useSession } from "./session";

/** The header on every page: navigation, who is signed in, the language switch, sign-out. */
export function Shell({ route, children }: { route: Route; children: ReactNode }) {
  const session = useSession();
  const i18n = useI18n();
  const { t } = i18n;
  const demo = useDemoData();
  const section = route.segments[0] ?? "overview";
  const roleKey = (role: string) => `role.${role}` as LabelKey;
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // Hash routes: move the focus instead of following "#main".
          event.preventDefault();
          document.getElementById("main")?.focus();
        }}
      >
        {t("skipToContent")}
      </a>
      <header className="bar">
        <a className="brand" href={href("overview")}>
          {t("appName")}
        </a>
        {session.credential ? (
          <nav aria-label={t("navigation")} id="nav">
            {NAVIGATION.filter(
              (item) => (!session.isPartner || PARTNER_SECTIONS.has(item.section)) && (!item.staffOnly || !session.isPartner) && (!item.partnersOnly || session.isPartner) && (!item.writersOnly || session.canWrite) && (!item.adminsOnly || session.isAdmin),
            ).map((item) => (
              <a key={item.section} href={item.href} id={`nav-${item.section}`} aria-current={item.section === section ? "page" : undefined}>
                {t(item.label)}
              </a>
            ))}
            {session.isPartner ? null : (
              <a href="/graphiql" id="graphiql-link">
                GraphiQL
              </a>
            )}
          </nav>
        ) : (
          <span className="spacer" />
        )}
        {session.credential ? (
          <span id="who" className="who">
            {session.isPartner ? `${t("partnerKey")} · ${t("readOnly")}` : [session.name, session.roles.map((r) => t(roleKey(r))).join(", ")].filter(Boolean).join(" · ")}
          </span>
        ) : null}
        <div className="lang-switch" role="group" aria-label={t("language")}>
          {LANGS.map((lang) => (
            <button key={lang} type="button" id={`lang-${lang}`} lang={lang} aria-pressed={i18n.lang === lang} onClick={() => i18n.setLang(lang)} title={t(`lang.${lang}`)}>
              {lang.toUpperCase()}
            </button>
          ))}
        </div>
        {session.credential && !session.isPartner ? (
          <button
            type="button"
            id="demo-switch"
            className="demo-switch"
            aria-pressed={demo.included}
            onClick={() => demo.setIncluded(!demo.included)}
            title={t("demo.switchHint")}
          >
            {t("demo.switch")}: {t(demo.included ? "demo.on" : "demo.off")}
          </button>
        ) : null}
        {session.credential ? (
          <button type="button" id="signout" className="signout" onClick={() => session.signOut()}>
            {t("signOut")}
          </button>
        ) : null}
      </header>
      {session.credential && demo.included ? (
        <p className="demo-banner" id="demo-banner" role="status">
          <strong>{t("demo.bannerTitle")}</strong> {t("demo.banner")}
        </p>
      ) : null}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
