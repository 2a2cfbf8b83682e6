import { describe, expect, it } from "vitest";
import { parseSettlementFile, SettlementFileError, SETTLEMENT_MAX_BYTES } from "@/lib/domain/payments/settlement-file";

const header = "bankTxnId,billNumber,amountHalalas,paidAt,bankCode";

function errorOf(text: string): SettlementFileError {
  try {
    parseSettlementFile(text);
  } catch (e) {
    if (e instanceof SettlementFileError) return e;
    throw e;
  }
  throw new Error("expected a SettlementFileError");
}

describe("parseSettlementFile", () => {
  it("parses rows with or without the header, BOM and Arabic-Indic digits", () => {
    const rows = parseSettlementFile(`\ufeff${header}\r\nTXN-1,1000001234,12500,2026-11-20T09:15:00Z,RJHI\r\nTXN-2,١٠٠٠ ٠٠١٢ ٣٥,٥٠٠,2026-11-20,NCB\r\n`);
    expect(rows).toEqual([
      { line: 2, bankTxnId: "TXN-1", billNumber: "1000001234", amountHalalas: 12500, paidAt: new Date("2026-11-20T09:15:00Z"), bankCode: "RJHI" },
      { line: 3, bankTxnId: "TXN-2", billNumber: "1000001235", amountHalalas: 500, paidAt: new Date("2026-11-20"), bankCode: "NCB" },
    ]);
    expect(parseSettlementFile("T1,1000001234,1,2026-11-20T09:15:00+03:00,X")).toHaveLength(1);
  });

  it("names the first malformed line and what is wrong with it", () => {
    const cases: [string, string, number][] = [
      [`${header}\nT1,1000001234,100,2026-11-20,RJHI\nT2,1000001234,100,2026-11-20`, "columnCount", 3],
      [`T1,12345,100,2026-11-20,RJHI`, "billNumber", 1],
      [`T1,1000001234,12.50,2026-11-20,RJHI`, "amount", 1],
      [`T1,1000001234,-100,2026-11-20,RJHI`, "amount", 1],
      [`T1,1000001234,0,2026-11-20,RJHI`, "amount", 1],
      [`T1,1000001234,100,20/11/2026,RJHI`, "paidAt", 1],
      [`T1,1000001234,100,2026-13-45,RJHI`, "paidAt", 1],
      [`T 1,1000001234,100,2026-11-20,RJHI`, "bankTxnId", 1],
      [`T1,1000001234,100,2026-11-20,`, "bankCode", 1],
      [`T1,1000001234,100,2026-11-20,A\nT1,1000001235,100,2026-11-20,A`, "duplicateTxn", 2],
      [`T1,"1000001234,100,2026-11-20,A`, "unterminatedQuote", 1],
    ];
    for (const [text, code, line] of cases) {
      const e = errorOf(text);
      expect([e.code, e.line], text).toEqual([code, line]);
      expect(e.messageKey).toBe(`payments:reconciliation.upload.errors.${code}?line=${line}`);
    }
  });

  it("refuses an empty file, a header-only file and an oversized file", () => {
    expect(errorOf("").code).toBe("empty");
    expect(errorOf(`${header}\r\n\r\n`).code).toBe("empty");
    expect(errorOf("x".repeat(SETTLEMENT_MAX_BYTES + 1)).code).toBe("tooLarge");
    expect(errorOf("").messageKey).toBe("payments:reconciliation.upload.errors.empty");
  });
});
