import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDigitNumber } from "@/lib/kernel/check-digits";
import { withCheckDigit } from "@/lib/domain/identity/national-id";
import { parseReference } from "@/lib/domain/inquiry/parse";
import { INQUIRY_KINDS, inquiryKind } from "@/lib/domain/inquiry/registry";
import arInquiry from "@/locales/ar/inquiry.json";
import enInquiry from "@/locales/en/inquiry.json";

const kind = (id: string) => inquiryKind(id)!;
const parse = (id: string, number: string, nationalId = "") => kind(id).parse({ number, nationalId });

const A = checkDigitNumber("A", 100001);
const C = checkDigitNumber("C", 1000001, 7);
const V = checkDigitNumber("V", 100001);
const L = checkDigitNumber("L", 1000001, 7);
const H = checkDigitNumber("H", 100001);
const T = checkDigitNumber("T", 100001);
const M = checkDigitNumber("M", 100001);
const P = checkDigitNumber("P", 100001);
const EC = checkDigitNumber("EC", 100001);
const CL = checkDigitNumber("CL", 100001);
/** One digit changed: the Damm check digit must catch it. */
const typo = (n: string) => n.slice(0, -2) + String((Number(n.at(-2)) + 1) % 10) + n.slice(-1);
const arabicDigits = (s: string) => s.replace(/\d/g, (d) => "٠١٢٣٤٥٦٧٨٩"[Number(d)]!);

describe("parseReference", () => {
  it("accepts the number as people type it: lower case, spaces, dashes, Arabic-Indic digits", () => {
    expect(parseReference(` ${A.toLowerCase().slice(0, 4)} ${A.slice(4)} `, ["A"])).toEqual({ ok: true, prefix: "A", number: A });
    expect(parseReference(arabicDigits(A), ["A"])).toEqual({ ok: true, prefix: "A", number: A });
    expect(parseReference(`${A.slice(0, 3)}-${A.slice(3)}`, ["A"])).toEqual({ ok: true, prefix: "A", number: A });
  });
  it("says why a number is refused: empty, wrong shape, wrong check digit", () => {
    expect(parseReference("", ["A"])).toEqual({ ok: false, error: "required" });
    expect(parseReference("   ", ["A"])).toEqual({ ok: false, error: "required" });
    expect(parseReference("X1000014", ["A"])).toEqual({ ok: false, error: "format" });
    expect(parseReference("A12", ["A"])).toEqual({ ok: false, error: "format" });
    expect(parseReference("A10000x4", ["A"])).toEqual({ ok: false, error: "format" });
    expect(parseReference("A" + "1".repeat(20), ["A"])).toEqual({ ok: false, error: "format" });
    expect(parseReference(typo(A), ["A"])).toEqual({ ok: false, error: "checkDigit" });
  });
  it("prefers the longest prefix that leaves only digits", () => {
    expect(parseReference("TC1000014", ["T"])).toEqual({ ok: false, error: "format" });
  });
});

describe("inquiry kinds: number parsers", () => {
  it("transaction: an application (A), a complaint (C) or an objection by the violation number (V)", () => {
    expect(parse("transaction", A)).toEqual({ ok: true, key: { type: "application", number: A } });
    expect(parse("transaction", C.toLowerCase())).toEqual({ ok: true, key: { type: "complaint", number: C } });
    expect(parse("transaction", V)).toEqual({ ok: true, key: { type: "objection", number: V } });
    expect(parse("transaction", L)).toEqual({ ok: false, fieldErrors: { number: "inquiry:errors.transactionFormat" } });
    expect(parse("transaction", typo(C))).toEqual({ ok: false, fieldErrors: { number: "inquiry:errors.checkDigit" } });
    expect(parse("transaction", "")).toEqual({ ok: false, fieldErrors: { number: "validation:required" } });
  });
  it("shop license: by number (L) or by a 10-digit commercial registration", () => {
    expect(parse("shoplicense", L)).toEqual({ ok: true, key: { by: "number", value: L } });
    expect(parse("shoplicense", "2050 123 456")).toEqual({ ok: true, key: { by: "cr", value: "2050123456" } });
    expect(parse("shoplicense", arabicDigits("2050123456"))).toEqual({ ok: true, key: { by: "cr", value: "2050123456" } });
    expect(parse("shoplicense", "205012345")).toEqual({ ok: false, fieldErrors: { number: "inquiry:errors.licenseFormat" } });
    expect(parse("shoplicense", typo(L))).toEqual({ ok: false, fieldErrors: { number: "inquiry:errors.checkDigit" } });
  });
  it("violation: the number AND a valid national ID of the owner, each with its own error", () => {
    const id = withCheckDigit("108765432");
    expect(kind("violation").needsNationalId).toBe(true);
    expect(parse("violation", V, id)).toEqual({ ok: true, key: { number: V, nationalId: id } });
    expect(parse("violation", V, "")).toEqual({ ok: false, fieldErrors: { nationalId: "validation:required" } });
    expect(parse("violation", V, "1087654320")).toEqual({ ok: false, fieldErrors: { nationalId: "validation:nationalId" } });
    expect(parse("violation", "A1000014", id)).toEqual({ ok: false, fieldErrors: { number: "inquiry:errors.violationFormat" } });
    expect(parse("violation", "bad", "bad")).toEqual({ ok: false, fieldErrors: { number: "inquiry:errors.violationFormat", nationalId: "validation:nationalId" } });
  });
  it("health certificate, tender and auction: their own prefix only", () => {
    expect(parse("healthcert", H)).toEqual({ ok: true, key: H });
    expect(parse("healthcert", T)).toEqual({ ok: false, fieldErrors: { number: "inquiry:errors.healthCertFormat" } });
    expect(parse("tender", T)).toEqual({ ok: true, key: T });
    expect(parse("tender", M)).toEqual({ ok: false, fieldErrors: { number: "inquiry:errors.tenderFormat" } });
    expect(parse("auction", arabicDigits(M))).toEqual({ ok: true, key: M });
    expect(parse("auction", typo(M))).toEqual({ ok: false, fieldErrors: { number: "inquiry:errors.checkDigit" } });
  });
});

describe("inquiry kinds of the permits area: permit, engineering office, electricity connection", () => {
  it("permit: P and digits with its check digit", () => {
    expect(parse("permit", P.toLowerCase())).toEqual({ ok: true, key: P });
    expect(parse("permit", arabicDigits(P))).toEqual({ ok: true, key: P });
    expect(parse("permit", typo(P))).toEqual({ ok: false, fieldErrors: { number: "inquiry:errors.checkDigit" } });
    expect(parse("permit", A)).toEqual({ ok: false, fieldErrors: { number: "inquiry:errors.permitFormat" } });
    expect(parse("permit", "")).toEqual({ ok: false, fieldErrors: { number: "validation:required" } });
  });
  it("electricity: a request number (EC) or a clearance number (CL), nothing else", () => {
    expect(parse("electricity", EC)).toEqual({ ok: true, key: { by: "request", number: EC } });
    expect(parse("electricity", ` ${CL.toLowerCase()} `)).toEqual({ ok: true, key: { by: "clearance", number: CL } });
    expect(parse("electricity", typo(EC))).toEqual({ ok: false, fieldErrors: { number: "inquiry:errors.checkDigit" } });
    expect(parse("electricity", P)).toEqual({ ok: false, fieldErrors: { number: "inquiry:errors.electricityFormat" } });
  });
  it("engineering office: EO and 4 to 10 digits, with or without the dash, in any case and digits", () => {
    expect(parse("engoffice", "EO-120417")).toEqual({ ok: true, key: "EO-120417" });
    expect(parse("engoffice", " eo 120417")).toEqual({ ok: true, key: "EO-120417" });
    expect(parse("engoffice", arabicDigits("EO120417"))).toEqual({ ok: true, key: "EO-120417" });
    expect(parse("engoffice", "EO-12")).toEqual({ ok: false, fieldErrors: { number: "inquiry:errors.officeLicenseFormat" } });
    expect(parse("engoffice", "مكتب البناء")).toEqual({ ok: false, fieldErrors: { number: "inquiry:errors.officeLicenseFormat" } });
    expect(parse("engoffice", " ")).toEqual({ ok: false, fieldErrors: { number: "validation:required" } });
  });
});

describe("the inquiry registry", () => {
  it("lists every file of kinds/ exactly once, each with a unique id of lowercase letters", () => {
    const files = fs.readdirSync(path.join(import.meta.dirname, "kinds")).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    expect(INQUIRY_KINDS.length).toBe(files.length);
    const registry = fs.readFileSync(path.join(import.meta.dirname, "registry.ts"), "utf8");
    for (const f of files) expect(registry, f).toContain(`@/lib/domain/inquiry/kinds/${f.replace(/\.ts$/, "")}"`);
    const ids = INQUIRY_KINDS.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+$/);
  });
  it("every kind has its label in both languages", () => {
    for (const k of INQUIRY_KINDS) {
      expect((arInquiry.kinds as Record<string, string>)[k.id], k.id).toBeTruthy();
      expect((enInquiry.kinds as Record<string, string>)[k.id], k.id).toBeTruthy();
    }
  });
});
