import { azEnums } from "../gateway/console/src/i18n/az-enums";
import { enEnums } from "../gateway/console/src/i18n/en-enums";
import { ruEnums } from "../gateway/console/src/i18n/ru-enums";
import { RefusalGroundCode } from "../subgraphs/mla/src/mla-request/refusal-ground";
import { REFUSAL_GROUND_NAMES, refusalGroundByName } from "../subgraphs/mla/src/mla-request/refusal-ground-names";

// The import reads a refusal ground by the name the console shows; the console's bundle keeps its own
// dictionaries, so the server's list is checked against them here rather than trusted to stay in step.
const CONSOLE = { az: azEnums.RefusalGroundCode, en: enEnums.RefusalGroundCode, ru: ruEnums.RefusalGroundCode };

describe("refusal grounds by name", () => {
  it("names every ground exactly as the console does, in az, en and ru", () => {
    for (const lang of ["az", "en", "ru"] as const) {
      const server = Object.fromEntries(Object.values(RefusalGroundCode).map((code) => [code, REFUSAL_GROUND_NAMES[code][lang]]));
      const shown = Object.fromEntries(Object.entries(CONSOLE[lang]).map(([code, text]) => [code, text.label]));
      expect(server).toEqual(shown);
    }
  });

  it("reads each name back as its code, and the code itself in any case or with spaces", () => {
    for (const code of Object.values(RefusalGroundCode)) {
      for (const name of Object.values(REFUSAL_GROUND_NAMES[code])) expect(refusalGroundByName(name)).toBe(code);
      expect(refusalGroundByName(code)).toBe(code);
      expect(refusalGroundByName(code.toLowerCase().replace(/_/g, " "))).toBe(code);
    }
  });

  it("folds names like country names and drops the console's closing remark", () => {
    expect(refusalGroundByName("  ikili cinayetkarliq YOXDUR ")).toBe(RefusalGroundCode.NO_DUAL_CRIMINALITY);
    expect(refusalGroundByName("отсутствие двойной преступности")).toBe(RefusalGroundCode.NO_DUAL_CRIMINALITY);
    expect(refusalGroundByName("contrary to the requested states law")).toBe(RefusalGroundCode.CONTRARY_TO_LAW);
    expect(refusalGroundByName("Other")).toBe(RefusalGroundCode.OTHER);
    expect(refusalGroundByName("Already tried for the same act")).toBe(RefusalGroundCode.NE_BIS_IN_IDEM);
    expect(refusalGroundByName("the victim's lawyer objected")).toBeUndefined();
    expect(refusalGroundByName("DUAL_CRIMINALITY")).toBeUndefined();
  });
});
