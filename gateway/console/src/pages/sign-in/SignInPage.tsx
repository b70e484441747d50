import { useState, type FormEvent } from "react";
import { ApiError } from "../../api/api-error";
import { execute } from "../../api/client";
import { parseCredential } from "../../api/credential";
import { describeError } from "../../app/errors";
import { Page } from "../../app/page";
import { useSession } from "../../app/session";
import { Field } from "../../components/fields";
import { graphql } from "../../generated";
import { useI18n } from "../../i18n/language";

/** The cheapest question the gateway answers only for a valid credential (401 otherwise). */
const SignInCheck = graphql(`
  query SignInCheck {
    __typename
  }
`);

export function SignInPage() {
  const session = useSession();
  const i18n = useI18n();
  const { t } = i18n;
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setError(t("signInEmpty"));
    const credential = parseCredential(text);
    setChecking(true);
    try {
      // Checked before it is kept: a wrong token or key gets a message, not a silent return to this form.
      await execute(SignInCheck, {}, credential);
      session.signIn(credential);
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : undefined;
      setError(!apiError || apiError.code === "UNAUTHENTICATED" ? t(credential.kind === "key" ? "signInRefusedKey" : "signInRefusedToken") : describeError(apiError, i18n));
    } finally {
      setChecking(false);
    }
  };
  return (
    <Page title={t("signIn")} id="signin-page">
      <form className="card signin" onSubmit={submit} noValidate>
        {session.reason === "expired" ? (
          <p className="conflict" role="status" id="session-expired">
            {t("sessionExpired")}
          </p>
        ) : null}
        <Field id="credential" label={t("tokenOrKey")} error={error ?? undefined} hint={t("signInHint")} wide>
          {(control) => <textarea {...control} rows={5} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} autoComplete="off" />}
        </Field>
        <p>
          <button className="primary" type="submit" id="signin" disabled={checking}>
            {t("signIn")}
          </button>
        </p>
      </form>
    </Page>
  );
}
