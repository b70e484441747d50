/** A plan's period as the console writes periods ("2020-01-01 – 2024-12-31"); null for an act without one. */
export function periodOf(act: { periodFrom?: string | null; periodTo?: string | null }): string | null {
  return act.periodFrom || act.periodTo ? `${act.periodFrom ?? "…"} – ${act.periodTo ?? "…"}` : null;
}
