import { useEffect, type ReactNode } from "react";
import { useI18n } from "../i18n/language";

/** The page's name in the browser's tab and history. */
export function usePageTitle(title: string | null | undefined): void {
  const { t } = useI18n();
  const app = t("appName");
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}

/** A page: its heading, its actions beside it, its content. */
export function Page({ title, heading, actions, children, id }: { title: string; heading?: ReactNode; actions?: ReactNode; children: ReactNode; id?: string }) {
  usePageTitle(title);
  return (
    <section className="page" id={id}>
      <div className="page-head">
        <h1>{heading ?? title}</h1>
        {actions ? <div className="actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}
