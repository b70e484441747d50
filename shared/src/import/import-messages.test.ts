import { IMPORT_MESSAGES, LANGUAGES, message, pickLanguage, render } from "./import-messages";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the import messages", () => {
  it.each(Object.entries(IMPORT_MESSAGES))("%s exists in az, en and ru with the same placeholders", (_key, entry) => {
    for (const language of LANGUAGES) expect(entry[language].trim()).not.toBe("");
    expect(placeholders(entry.az)).toEqual(placeholders(entry.en));
    expect(placeholders(entry.ru)).toEqual(placeholders(entry.en));
  });

  it("are rendered with their parameters", () => {
    expect(render(message("repeated_in_file", { value: "R-1", row: 4 }), "en")).toBe("R-1 appears again in this file (first in row 4)");
    expect(render(message("date_impossible", { value: "2024-13-45" }), "ru")).toBe("2024-13-45 не существующий день календаря");
  });

  it.each([
    [undefined, "az"],
    ["", "az"],
    ["ru", "ru"],
    ["ru-RU,ru;q=0.9,en-US;q=0.8", "ru"],
    ["de-DE,en;q=0.5", "en"],
    ["en;q=0.2,az;q=0.9", "az"],
    ["fr", "az"],
    ["ru;q=0, en", "en"],
  ])("picks the language from Accept-Language %j: %s", (header, language) => {
    expect(pickLanguage(header)).toBe(language);
  });
});
