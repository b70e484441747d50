import { useI18n } from "../i18n/language";

/**
 * The marker of a figure that counts generated demo requests (the API's syntheticRequests): every figure,
 * chart row and report line made with demo data carries it, so a printout is never taken for real figures.
 */
export function DemoMark({ synthetic }: { synthetic: number | null | undefined }) {
  const { t, number } = useI18n();
  if (!synthetic) return null;
  return (
    <span className="tag synthetic demo-mark" title={t("demo.markHint", { count: number(synthetic) })} data-synthetic={synthetic}>
      {t("demo.mark")}
    </span>
  );
}
