import { parseChoice, parseDay, parseList, parseNumber } from "./cell-values";

describe("cell values", () => {
  it.each([
    ["2024-03-15", "2024-03-15"],
    ["15.03.2024", "2024-03-15"],
    ["1.3.2024", "2024-03-01"],
    ["29.02.2024", "2024-02-29"],
  ])("reads the day %s", (text, day) => {
    expect(parseDay(text)).toEqual({ value: day });
  });

  it.each([
    ["2024-13-45", "date_impossible"],
    ["29.02.2023", "date_impossible"],
    ["2024-04-31", "date_impossible"],
    ["0000-01-01", "date_out_of_range"],
    ["1850-01-01", "date_out_of_range"],
    ["15/03/2024", "date_invalid"],
    ["March 2024", "date_invalid"],
  ])("refuses %s (%s)", (text, key) => {
    expect(parseDay(text)).toEqual({ problem: expect.objectContaining({ key }) });
  });

  it("reads numbers as az and ru Excel write them", () => {
    expect(parseNumber("1 500,50")).toEqual({ value: 1500.5 });
    expect(parseNumber("3")).toEqual({ value: 3 });
    expect(parseNumber("1.5")).toEqual({ value: 1.5 });
    expect(parseNumber("three")).toEqual({ problem: expect.objectContaining({ key: "number_invalid" }) });
    expect(parseNumber("1,2,3")).toEqual({ problem: expect.objectContaining({ key: "number_invalid" }) });
  });

  it("reads codes in any case and lists with ; , or line breaks", () => {
    expect(parseChoice("partially executed", ["EXECUTED", "PARTIALLY_EXECUTED"])).toEqual({ value: "PARTIALLY_EXECUTED" });
    expect(parseChoice("done", ["EXECUTED"])).toEqual({ problem: expect.objectContaining({ key: "value_unknown" }) });
    expect(parseList("EVIDENCE; identification,\nEXTRADITION ;")).toEqual(["EVIDENCE", "identification", "EXTRADITION"]);
  });
});
