import { useState } from "react";
import { useI18n } from "../../i18n/language";
import type { CreatedApiKey } from "./admin-api";

/** The key just created, shown this once with a copy button; closing the panel forgets it. */
export function NewKeyPanel({ created, onDone }: { created: CreatedApiKey; onDone(): void }) {
  const { t } = useI18n();
  const [copy, setCopy] = useState<"copied" | "failed" | null>(null);
  const copyKey = async () => {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopy("copied");
    } catch {
      // No clipboard (a page not served over https, or permission refused): the field is selectable.
      setCopy("failed");
    }
  };
  return (
    <div className="new-key" role="status" id="new-key">
      <p>
        <strong>{t("admin.keys.created", { organization: created.organization, name: created.name })}</strong>
      </p>
      <p className="once" id="new-key-once">
        {t("admin.keys.once")}
      </p>
      <label htmlFor="new-key-value">{t("admin.keys.theKey")}</label>
      <div className="key-line">
        <input id="new-key-value" readOnly value={created.key} aria-describedby="new-key-once" onFocus={(event) => event.target.select()} spellCheck={false} />
        <button type="button" id="copy-key" onClick={() => void copyKey()}>
          {t("admin.keys.copy")}
        </button>
      </div>
      {copy ? (
        <p className={copy === "copied" ? "hint" : "field-error"} id="copy-result">
          {t(copy === "copied" ? "admin.keys.copied" : "admin.keys.copyFailed")}
        </p>
      ) : null}
      <button type="button" className="primary" id="key-done" onClick={onDone}>
        {t("admin.keys.done")}
      </button>
    </div>
  );
}
