import { azYear } from "./az";
import { LABELS } from "./dictionary";
import { LANGUAGES } from "./labels";

describe("the label dictionaries", () => {
  it("write Azerbaijani years with the ordinal suffix the number's last word takes", () => {
    expect([2019, 2024, 2020, 2016, 2013, 2010, 2005, 2000, 2040, 2090, 2100, 2030].map(azYear)).toEqual([
      "2019-cu", "2024-cü", "2020-ci", "2016-cı", "2013-cü", "2010-cu", "2005-ci", "2000-ci", "2040-cı", "2090-cı", "2100-cü", "2030-cu",
    ]);
  });

  it("give every language the same words: no label is empty, and phrases with figures show them", () => {
    const walk = (value: unknown, path: string, out: [string, unknown][]) => {
      if (value && typeof value === "object") for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`, out);
      else out.push([path, value]);
      return out;
    };
    const keys = LANGUAGES.map((lang) => walk(LABELS[lang], "", []).map(([path]) => path).sort());
    expect(keys[1]).toEqual(keys[0]);
    expect(keys[2]).toEqual(keys[0]);
    for (const lang of LANGUAGES) {
      for (const [path, value] of walk(LABELS[lang], "", [])) {
        if (typeof value === "string") expect({ path, empty: value.trim() === "" && !path.startsWith(".report.pageOf") }).toEqual({ path, empty: false });
      }
      const labels = LABELS[lang];
      expect(labels.report.nc.summary({ year: 2024, incoming: 11, outgoing: 7, previous: 15, change: "+3", executed: 9, refused: 2, arrests: 4, victims: 6, convictions: 1 }))
        .toMatch(/11.*7.*18.*15.*\+3.*9.*2.*4.*6.*1/s);
      expect(labels.digest.subject({ overdue: 12, dueSoon: 3, obligations: 1 }, "2026-11-23")).toMatch(/2026-11-23.*12.*3.*1/);
    }
  });
});
