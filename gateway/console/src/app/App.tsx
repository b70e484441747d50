import { Component, type ReactNode } from "react";
import { LanguageProvider, useI18n } from "../i18n/language";
import { SignInPage } from "../pages/sign-in/SignInPage";
import { DemoDataProvider } from "./demo-data";
import { PageFor } from "./routes";
import { useRoute } from "./router";
import { SessionProvider, useSession } from "./session";
import { Shell } from "./Shell";

/** A bug in one page shows a message in the user's language instead of a blank screen. */
class PageBoundary extends Component<{ message: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? (
      <p className="error" role="alert">
        {this.props.message}
      </p>
    ) : (
      this.props.children
    );
  }
}

function Main() {
  const session = useSession();
  const route = useRoute();
  const { t } = useI18n();
  const path = route.segments.join("/");
  return (
    // Keyed by the credential: a new sign-in asks again whether the hub holds real data.
    <DemoDataProvider key={session.credential?.value ?? "signed-out"}>
      <Shell route={route}>
        {session.credential ? (
          <PageBoundary key={path} message={t("error.INTERNAL_SERVER_ERROR")}>
            <PageFor route={route} />
          </PageBoundary>
        ) : (
          <SignInPage />
        )}
      </Shell>
    </DemoDataProvider>
  );
}

export function App() {
  return (
    <LanguageProvider>
      <SessionProvider>
        <Main />
      </SessionProvider>
    </LanguageProvider>
  );
}
