import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { useQuery } from "../api/use-query";
import { graphql } from "../generated";
import { useSession } from "./session";

/**
 * How many MLA requests are real and how many are generated demo data: two counts the API reads from the
 * maintained figures (a few rows, whatever the number of requests), asked once per sign-in.
 */
const DataKindsQuery = graphql(`
  query DataKinds {
    real: mlaRequests(filter: { synthetic: false }) {
      totalCount
    }
    demo: mlaRequests(filter: { synthetic: true }) {
      totalCount
    }
  }
`);

// The user's own choice, per tab (like the credential): a new tab starts from what the data says again.
const STORAGE_KEY = "hub.demoData";

export interface DemoData {
  /** Figures count generated demo requests too (the API's includeSynthetic). */
  included: boolean;
  setIncluded(included: boolean): void;
  /** Null until the counts have arrived. */
  counts: { real: number; demo: number } | null;
}

const DemoDataContext = createContext<DemoData>({ included: false, setIncluded: () => undefined, counts: null });

function storedChoice(): boolean | null {
  try {
    const value = sessionStorage.getItem(STORAGE_KEY);
    return value === "on" ? true : value === "off" ? false : null;
  } catch {
    return null;
  }
}

/**
 * The demo-data switch. Unless the user chose in this tab, it starts on when the hub holds demo requests and
 * no real one (figures of real records alone would all be zero), and off as soon as one real request exists.
 */
export function DemoDataProvider({ children }: { children: ReactNode }) {
  const session = useSession();
  // Partner keys run registered operations only and see real figures only: no question, no switch.
  const { data } = useQuery(DataKindsQuery, {}, { skip: !session.credential || session.isPartner });
  const [choice, setChoice] = useState<boolean | null>(storedChoice);
  const counts = useMemo(() => (data ? { real: data.real.totalCount, demo: data.demo.totalCount } : null), [data]);
  const setIncluded = useCallback((included: boolean) => {
    try {
      sessionStorage.setItem(STORAGE_KEY, included ? "on" : "off");
    } catch {
      // Storage refused (private window): the choice lasts for this page.
    }
    setChoice(included);
  }, []);
  const included = !session.isPartner && (choice ?? (counts ? counts.real === 0 && counts.demo > 0 : false));
  const value = useMemo(() => ({ included, setIncluded, counts }), [included, setIncluded, counts]);
  return <DemoDataContext.Provider value={value}>{children}</DemoDataContext.Provider>;
}

export function useDemoData(): DemoData {
  return useContext(DemoDataContext);
}
