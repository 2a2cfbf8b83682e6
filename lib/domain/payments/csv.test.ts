import { describe, expect, it } from "vitest";
import { CsvSyntaxError, csvCell, parseCsv, toCsv, UTF8_BOM } from "@/lib/domain/payments/csv";

describe("toCsv", () => {
  it("starts with a UTF-8 BOM and ends every record with CRLF", () => {
    const csv = toCsv([["اليوم", "البلدية"], ["2026-11-01", "بلدية وسط الدمام"]]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv).toBe(`${UTF8_BOM}اليوم,البلدية\r\n2026-11-01,بلدية وسط الدمام\r\n`);
  });

  it("quotes commas, quotes, line breaks and edge spaces, doubling inner quotes", () => {
    expect(csvCell('بلدية "الخبر", الشمالية')).toBe('"بلدية ""الخبر"", الشمالية"');
    expect(csvCell("line1\nline2")).toBe('"line1\nline2"');
    expect(csvCell(" padded")).toBe('" padded"');
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(12500)).toBe("12500");
    expect(csvCell(null)).toBe("");
  });

  it("defuses spreadsheet formulas in text cells but keeps negative numbers", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(-150)).toBe("-150");
  });

  it("round-trips through the parser", () => {
    const rows = [["a,b", 'say "hi"', "multi\r\nline", ""], ["x", "", "ع", "z"]];
    const parsed = parseCsv(toCsv(rows)).map((r) => r.cells);
    expect(parsed).toEqual(rows);
  });
});

describe("parseCsv", () => {
  it("reads LF and CRLF files, skips blank lines and reports the line each record starts on", () => {
    const recs = parseCsv("a,b\n\n\"c\nd\",e\r\nf,g");
    expect(recs).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 3, cells: ["c\nd", "e"] },
      { line: 5, cells: ["f", "g"] },
    ]);
  });

  it("throws with the line of an unterminated quote", () => {
    expect(() => parseCsv('a,b\nc,"d\ne')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a,b\nc,"d\ne');
    } catch (e) {
      expect((e as CsvSyntaxError).line).toBe(2);
    }
  });
});
