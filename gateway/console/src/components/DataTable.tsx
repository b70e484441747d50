import { useMemo, useState, type ReactNode } from "react";
import { useI18n } from "../i18n/language";
import { Pager } from "./Pager";

export interface Column<Row> {
  key: string;
  /** Every column has a header a person can read (and a screen reader announces). */
  header: string;
  cell(row: Row): ReactNode;
  /** Makes the column sortable by this value (lists the API returns whole, sorted in the browser). */
  sortValue?(row: Row): string | number | null | undefined;
  /** Makes the column sortable on the server (paged lists): the API's orderBy field. */
  orderBy?: string;
  /** What sorting this column compares, when it is not what the cell shows (a country by its ISO code). */
  sortHint?: string;
  numeric?: boolean;
  /** Dates and codes: kept on one line. */
  nowrap?: boolean;
}

interface DataTableProps<Row> {
  id?: string;
  /** Names the table for assistive technology (a visible heading usually says the same). */
  label: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey(row: Row): string;
  /** Pages the rows in the browser (lists the API returns whole); server-paged lists use <Pager> instead. */
  pageSize?: number;
  /** Server-paged lists sort on the server: the order asked of the API, and how to ask another. */
  serverSort?: { value: ServerSort | null; onChange(next: ServerSort): void };
  empty?: string;
  /** Replaces the row count below the table (a server-paged list's <ConnectionPager>). */
  footer?: ReactNode;
}

type Sort = { key: string; direction: "ascending" | "descending" } | null;

/** An orderBy of the API: a column it sorts by and a direction. */
export interface ServerSort {
  field: string;
  direction: "ASC" | "DESC";
}

/** The next order when a header is clicked: ascending first, then descending. */
export function nextServerSort(current: ServerSort | null, field: string): ServerSort {
  return current?.field === field && current.direction === "ASC" ? { field, direction: "DESC" } : { field, direction: "ASC" };
}

function compare(a: string | number | null | undefined, b: string | number | null | undefined, locale: string): number {
  if (a === b) return 0;
  if (a === null || a === undefined || a === "") return 1;
  if (b === null || b === undefined || b === "") return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), locale, { numeric: true, sensitivity: "base" });
}

/** A table with a header on every column, sorting by the columns that allow it, and its row count. */
export function DataTable<Row>({ id, label, columns, rows, rowKey, pageSize, serverSort, empty, footer }: DataTableProps<Row>) {
  const i18n = useI18n();
  const [sort, setSort] = useState<Sort>(null);
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(pageSize ?? 0);
  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.key === sort.key);
    if (serverSort || !sort || !column?.sortValue) return rows;
    const value = column.sortValue;
    const sign = sort.direction === "ascending" ? 1 : -1;
    return [...rows].sort((a, b) => {
      const order = compare(value(a), value(b), i18n.lang);
      // Empty values stay last whichever way the column is sorted.
      const emptyA = value(a) === null || value(a) === undefined || value(a) === "";
      const emptyB = value(b) === null || value(b) === undefined || value(b) === "";
      return emptyA || emptyB ? order : sign * order;
    });
  }, [rows, sort, columns, i18n.lang, serverSort]);
  const paged = size > 0;
  const lastPage = paged ? Math.max(0, Math.ceil(sorted.length / size) - 1) : 0;
  const current = Math.min(page, lastPage);
  const shown = paged ? sorted.slice(current * size, current * size + size) : sorted;
  const toggle = (key: string) => {
    const column = columns.find((c) => c.key === key);
    if (serverSort && column?.orderBy) return serverSort.onChange(nextServerSort(serverSort.value, column.orderBy));
    setSort((previous) => (previous?.key === key && previous.direction === "ascending" ? { key, direction: "descending" } : { key, direction: "ascending" }));
    setPage(0);
  };
  // An empty list keeps the table's id on its block, so "no rows" is found where the table would be.
  if (rows.length === 0)
    return (
      <div className="table-block" id={id}>
        <p className="muted empty">{empty ?? i18n.t("noRows")}</p>
        {footer}
      </div>
    );
  return (
    <div className="table-block">
      <table id={id} aria-label={label}>
        <thead>
          <tr>
            {columns.map((column) => {
              const sortable = serverSort ? Boolean(column.orderBy) : Boolean(column.sortValue);
              const direction = serverSort
                ? serverSort.value && serverSort.value.field === column.orderBy
                  ? serverSort.value.direction === "ASC" ? "ascending" : "descending"
                  : null
                : sort?.key === column.key
                  ? sort.direction
                  : null;
              return (
                <th key={column.key} scope="col" className={column.numeric ? "num" : undefined} aria-sort={direction ?? (sortable ? "none" : undefined)}>
                  {sortable ? (
                    <button type="button" className="sort" onClick={() => toggle(column.key)} title={column.sortHint ?? i18n.t("sortBy")}>
                      {column.header}
                      <span className="sort-mark" aria-hidden="true">
                        {direction ? (direction === "ascending" ? " ▲" : " ▼") : " ↕"}
                      </span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.key} className={column.numeric ? "num" : column.nowrap ? "nowrap" : undefined}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {footer ? (
        footer
      ) : paged ? (
        <Pager
          label={label}
          from={sorted.length ? current * size + 1 : 0}
          to={current * size + shown.length}
          total={sorted.length}
          onPrevious={current > 0 ? () => setPage(current - 1) : undefined}
          onNext={current < lastPage ? () => setPage(current + 1) : undefined}
          pageSize={size}
          onPageSize={(next) => {
            setSize(next);
            setPage(0);
          }}
        />
      ) : (
        <p className="muted count">{i18n.t("rowCount", { count: rows.length })}</p>
      )}
    </div>
  );
}
