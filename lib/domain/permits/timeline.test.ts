import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { timelineEventText, timelineNumberLabel } from "@/lib/domain/permits/timeline";
import { PERMIT_EVENTS } from "@/lib/domain/permits/workflow";
import { getT } from "@/lib/i18n/server";

/** Every event name written as a literal by the permit commands (lib/domain/permits, tests excluded). */
function literalEvents(): string[] {
  const dir = path.resolve("lib/domain/permits");
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
  const found = new Set<string>();
  for (const f of files) for (const m of readFileSync(path.join(dir, f), "utf8").matchAll(/\bevent: "([a-zA-Z.]+)"/g)) found.add(m[1]!);
  return [...found];
}

const STAGES = ["FOUNDATION", "SKELETON", "FINISHING", "INSULATION"];
/** Written from a template or a condition, which the literal scan does not see (after-issue/commands). */
const TEMPLATED = [...STAGES.flatMap((s) => [`inspection.${s}.PASS`, `inspection.${s}.FAIL`]), "certificate.INSULATION", "complete"];

describe("permit timeline text", () => {
  it("finds the commands' events (the scan works)", () => {
    expect(literalEvents()).toEqual(expect.arrayContaining(["create", "submit", "accept", "issue", "cancel", "electricity.requested", "electricity.cleared"]));
  });

  it("says every event the commands write in both languages, never a key", () => {
    const events = new Set([...literalEvents(), ...PERMIT_EVENTS, "create", ...TEMPLATED]);
    for (const lang of ["ar", "en"] as const) {
      const t = getT(lang);
      for (const event of events) {
        const text = timelineEventText(t, { event, toStatus: "ISSUED" });
        expect(text, `${lang} ${event}`).not.toMatch(/events\.|\{\{|permits:|permitsAfterIssue:/);
        expect(text.length, `${lang} ${event}`).toBeGreaterThan(3);
      }
    }
  });

  it("names the stage and the result of an inspection, and the certificate issued", () => {
    const ar = getT("ar");
    expect(timelineEventText(ar, { event: "inspection.SKELETON.FAIL", toStatus: "ISSUED" })).toBe("تفتيش مرحلة الهيكل الإنشائي: غير مطابق");
    expect(timelineEventText(getT("en"), { event: "inspection.FOUNDATION.PASS", toStatus: "ISSUED" })).toBe("Foundations inspection: Compliant");
    expect(timelineEventText(ar, { event: "certificate.INSULATION", toStatus: "ISSUED" })).toBe("صدرت شهادة إتمام العزل الحراري");
    // The signatory's issue with a signing chain opens the chain; without one it issues.
    expect(timelineEventText(ar, { event: "issue", toStatus: "AWAITING_SIGNATURE" })).not.toBe(timelineEventText(ar, { event: "issue", toStatus: "ISSUED" }));
  });

  it("labels a note that is a document's number, and leaves people's words unlabelled", () => {
    const t = getT("ar");
    expect(timelineNumberLabel(t, "pay")).toBe("رقم الفاتورة");
    expect(timelineNumberLabel(t, "complete")).toBe("رقم الشهادة");
    expect(timelineNumberLabel(t, "certificate.INSULATION")).toBe("رقم الشهادة");
    expect(timelineNumberLabel(t, "electricity.cleared")).toBe("رقم الفسح");
    for (const e of ["accept", "return", "cancel", "requestCancel", "inspection.SKELETON.FAIL"]) expect(timelineNumberLabel(t, e), e).toBeNull();
  });
});
