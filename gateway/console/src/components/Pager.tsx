import { useState } from "react";
import { useI18n } from "../i18n/language";

export const PAGE_SIZES = [10, 25, 50, 100] as const;

interface PagerProps {
  label: string;
  from: number;
  to: number;
  total: number;
  onPrevious?: (() => void) | undefined;
  onNext?: (() => void) | undefined;
  pageSize: number;
  onPageSize(size: number): void;
}

/** "21–40 of 301", previous, next and the page size, for any list. */
export function Pager({ label, from, to, total, onPrevious, onNext, pageSize, onPageSize }: PagerProps) {
  const { t, number } = useI18n();
  return (
    <nav className="pager" aria-label={`${label}: ${t("paging")}`}>
      <span className="pager-range" aria-live="polite">
        {t("pageRange", { from: number(from), to: number(to), total: number(total) })}
      </span>
      <button type="button" className="pager-previous" onClick={onPrevious} disabled={!onPrevious}>
        ← {t("previous")}
      </button>
      <button type="button" className="pager-next" onClick={onNext} disabled={!onNext}>
        {t("next")} →
      </button>
      <label>
        {t("pageSize")}{" "}
        <select value={pageSize} onChange={(event) => onPageSize(Number(event.target.value))}>
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}

export interface CursorPages {
  first: number;
  after: string | null;
  /** Rows before this page (for "21–40"). */
  offset: number;
  next(endCursor: string | null | undefined): void;
  previous: (() => void) | undefined;
  setPageSize(size: number): void;
}

/**
 * Relay paging through a connection: a stack of the cursors of the pages seen, so "previous" goes back
 * exactly; any change of `resetKey` (a filter) starts again at the first page.
 */
export function useCursorPages(resetKey: string, initialSize = 25): CursorPages {
  const [size, setSize] = useState(initialSize);
  const [state, setState] = useState<{ key: string; cursors: string[] }>({ key: resetKey, cursors: [] });
  // Cursors belong to the filter they were read under: another filter starts at its first page.
  const cursors = state.key === resetKey ? state.cursors : [];
  return {
    first: size,
    after: cursors[cursors.length - 1] ?? null,
    offset: cursors.length * size,
    next: (endCursor) => {
      if (endCursor) setState({ key: resetKey, cursors: [...cursors, endCursor] });
    },
    previous: cursors.length ? () => setState({ key: resetKey, cursors: cursors.slice(0, -1) }) : undefined,
    setPageSize: (next) => {
      setSize(next);
      setState({ key: resetKey, cursors: [] });
    },
  };
}

/** The Pager for a connection page. */
export function ConnectionPager({ label, pages, total, count, hasNextPage, endCursor }: { label: string; pages: CursorPages; total: number; count: number; hasNextPage: boolean; endCursor: string | null | undefined }) {
  return (
    <Pager
      label={label}
      from={count ? pages.offset + 1 : 0}
      to={pages.offset + count}
      total={total}
      onPrevious={pages.previous}
      onNext={hasNextPage ? () => pages.next(endCursor) : undefined}
      pageSize={pages.first}
      onPageSize={pages.setPageSize}
    />
  );
}
