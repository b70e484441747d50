import { DataTable } from "../../components/DataTable";
import { LocalizedText } from "../../components/text";
import { graphql } from "../../generated";
import type { MeasureRowFragment } from "../../generated/graphql";
import { useI18n } from "../../i18n/language";
import { azerbaijaniTexts } from "../../i18n/localized";

graphql(`
  fragment MeasureRow on Measure {
    id
    number
    section
    text
    unofficialTexts {
      lang
      text
    }
    executorsText
    deadline {
      asWritten
      from
      to
      recurrence
    }
    executors {
      id
      abbreviation
    }
  }
`);

type Measure = MeasureRowFragment & { items: MeasureRowFragment[] };

/** The measures an agreement obliges, with their sub-items, deadlines as written and executors. */
export function MeasuresTable({ measures }: { measures: Measure[] }) {
  const { t, e } = useI18n();
  return (
    <DataTable<Measure>
      id="measures"
      label={t("agreement.measures")}
      rows={measures}
      rowKey={(row) => row.id}
      pageSize={measures.length > 25 ? 25 : undefined}
      columns={[
        { key: "number", header: t("col.number"), cell: (row) => row.number ?? "—", sortValue: (row) => row.number },
        {
          key: "text",
          header: t("col.measure"),
          cell: (row) => (
            <>
              <LocalizedText texts={azerbaijaniTexts(row.text, row.unofficialTexts)} />
              {row.items.length ? (
                <ul className="sub-items">
                  {row.items.map((item) => (
                    <li key={item.id}>
                      {item.number} <LocalizedText texts={azerbaijaniTexts(item.text, item.unofficialTexts)} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          ),
        },
        {
          key: "deadline",
          header: t("col.deadline"),
          cell: (row) => (row.deadline ? [row.deadline.asWritten, row.deadline.recurrence === "ANNUAL" ? e("Recurrence", "ANNUAL").label : null].filter(Boolean).join(" · ") || row.deadline.to || "—" : "—"),
          sortValue: (row) => row.deadline?.to ?? row.deadline?.from,
        },
        { key: "executors", header: t("col.executors"), cell: (row) => (row.executors.length ? row.executors.map((x) => x.abbreviation).join(", ") : (row.executorsText ?? "—")) },
      ]}
    />
  );
}
