import { parse, CsvError } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

/**
 * CSV for finance, with the csv-stringify / csv-parse libraries: written with a UTF-8 byte-order mark and
 * CRLF so Excel opens Arabic text correctly, and read back (quoted fields, doubled quotes, CRLF or LF,
 * an optional BOM). What is ours is the policy: formula defusing, and the line each record starts on.
 */
export const UTF8_BOM = "\ufeff";

export type CsvCell = string | number | null | undefined;

/** A text cell that a spreadsheet would run as a formula ("=HYPERLINK(…)") is prefixed with a quote. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Cells with edge spaces are quoted too, so no spreadsheet trims them away. */
const STRINGIFY_OPTIONS = { record_delimiter: "windows", quoted_match: /^\s|\s$|[\r\n]/ } as const;

function defuse(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCell(value: CsvCell): string {
  return stringify([[defuse(value)]], { ...STRINGIFY_OPTIONS, eof: false });
}

/** The whole file: BOM + rows, each ending with CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return UTF8_BOM + stringify(rows.map((r) => r.map(defuse)), STRINGIFY_OPTIONS);
}

export class CsvSyntaxError extends Error {
  constructor(readonly line: number) {
    super(`unterminated quoted field starting on line ${line}`);
    this.name = "CsvSyntaxError";
  }
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** Parses CSV text into records with the line each started on. Blank lines are skipped. */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  // csv-parse reports where a record ends; the start line is counted from each record's raw text.
  let nextLine = 1;
  const out: { line: number; cells: string[] }[] = [];
  try {
    parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      record_delimiter: ["\r\n", "\n", "\r"],
      raw: true,
      // With `raw: true` csv-parse hands on_record { record, raw }; its typings only model the plain record.
      on_record: ((entry: { record: string[]; raw: string }) => {
        const blankBefore = (/^(?:\r\n|\r|\n)*/.exec(entry.raw)?.[0].match(LINE_BREAK) ?? []).length;
        out.push({ line: nextLine + blankBefore, cells: entry.record });
        nextLine += (entry.raw.match(LINE_BREAK) ?? []).length;
        return null; // collected above
      }) as unknown as (record: string[]) => null,
    });
    return out;
  } catch (e) {
    if (e instanceof CsvError && e.code === "CSV_QUOTE_NOT_CLOSED") {
      // The open quote belongs to the record after the last complete one (skipping blank lines).
      const rest = text.replace(/^\ufeff/, "").split(LINE_BREAK).slice(nextLine - 1);
      const blank = rest.findIndex((l) => l.trim() !== "");
      throw new CsvSyntaxError(nextLine + Math.max(0, blank));
    }
    throw e;
  }
}
