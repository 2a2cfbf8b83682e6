import { describe, expect, it } from "vitest";
import { resources } from "@/lib/i18n/resources";
import { isValidCheckDigitNumber } from "@/lib/kernel/check-digits";
import { isValidBillNumber } from "@/lib/domain/payments/bill-number";
import { normalizeSaudiMobile, formatSaudiMobile } from "@/lib/domain/identity/mobile";

/** Every string of one language's dictionaries, with its "ns:key" path. */
function strings(lang: "ar" | "en"): [string, string][] {
  const out: [string, string][] = [];
  const walk = (o: unknown, path: string) => {
    if (typeof o === "string") out.push([path, o]);
    else if (o && typeof o === "object") for (const [k, v] of Object.entries(o)) walk(v, path.includes(":") ? `${path}.${k}` : `${path}:${k}`);
  };
  for (const [ns, dict] of Object.entries(resources[lang])) walk(dict, ns);
  return out;
}

describe("copy: one digit system, one phone format, examples that are real numbers (issue 17, items 4 and 10)", () => {
  it("uses Latin digits in both languages (the dates and amounts of lib/i18n use -nu-latn too)", () => {
    const arabicIndic = /[\u0660-\u0669\u06f0-\u06f9]/;
    const offending = [...strings("ar"), ...strings("en")].filter(([, s]) => arabicIndic.test(s)).map(([k]) => k);
    expect(offending).toEqual([]);
  });

  it("writes example mobiles as 05X XXX XXXX, the format the portal shows", () => {
    const mobiles = [...strings("ar"), ...strings("en")].flatMap(([k, s]) => [...s.matchAll(/\b05\d[\d ]{7,9}\d\b/g)].map((m) => [k, m[0]] as const));
    expect(mobiles.length).toBeGreaterThan(2);
    for (const [k, m] of mobiles) expect(m, k).toBe(formatSaudiMobile(normalizeSaudiMobile(m)!));
  });

  it("gives examples of references that pass their own check digit", () => {
    const prefixes = ["EC", "IC", "BC", "CL", "AC", "A", "C", "V", "H", "T", "M", "L", "P"];
    const examples = [...strings("ar"), ...strings("en")].flatMap(([k, s]) =>
      [...s.matchAll(/(?<![A-Za-z0-9-])(EC|IC|BC|CL|AC|A|C|V|H|T|M|L|P)(\d{7,8})(?![\d-])/g)].map((m) => [k, m[0], m[1]!] as const),
    );
    expect(examples.length).toBeGreaterThan(8);
    for (const [k, example, prefix] of examples) {
      expect(prefixes).toContain(prefix);
      expect(isValidCheckDigitNumber(prefix, example), `${k}: ${example}`).toBe(true);
    }
  });

  it("gives an example bill number that is a valid bill number", () => {
    const bills = [...strings("ar"), ...strings("en")].flatMap(([k, s]) => [...s.matchAll(/\b\d{4} \d{4} \d{2}\b/g)].map((m) => [k, m[0]] as const));
    expect(bills.length).toBeGreaterThan(1);
    for (const [k, b] of bills) expect(isValidBillNumber(b), `${k}: ${b}`).toBe(true);
  });
});

describe("specific required-field messages (issue 17, item 10)", () => {
  it("asks for the field itself where the dictionaries have a message for it, in both languages", async () => {
    const { fieldMessage } = await import("@/lib/i18n/field-messages");
    expect(fieldMessage("nationalId", "validation:required")).toBe("validation:requiredField.nationalId");
    expect(fieldMessage("staff.0.mobile", "validation:required")).toBe("validation:requiredField.mobile");
    expect(fieldMessage("somethingElse", "validation:required")).toBe("validation:required");
    expect(fieldMessage("nationalId", "validation:nationalId")).toBe("validation:nationalId");
    expect(resources.ar.validation.requiredField.nationalId).toBe("أدخل رقم الهوية.");
    expect(Object.keys(resources.en.validation.requiredField).sort()).toEqual(Object.keys(resources.ar.validation.requiredField).sort());
  });

  it("uses one word for penalties in Arabic: جزاء (docs/glossary.md)", () => {
    expect(strings("ar").filter(([, s]) => s.includes("عقوب")).map(([k]) => k)).toEqual([]);
  });
});
