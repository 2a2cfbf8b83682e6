import { code, date, defineInquiryKind, key, pair, text, type InquiryAnswer } from "@/lib/domain/inquiry/types";
import { lookupEngineeringOffices } from "@/lib/domain/permits/offices";
import { toLatinDigits } from "@/lib/kernel/digits";

/**
 * An engineering office's license (ترخيص مزاولة المهنة) by its number ("EO-120417"), read with the lookup of
 * /engineering-offices (exact number). Everything about an office's license is public (name, classification,
 * validity, status, where it works, how many engineers): there is no owner's part.
 */
export const ENGINEERING_LICENSE_RE = /^EO-?(\d{4,10})$/;

export function parseEngineeringLicense(raw: string): string | null {
  const c = toLatinDigits(raw ?? "").replace(/[\s\u00a0]+/g, "").toUpperCase();
  const m = ENGINEERING_LICENSE_RE.exec(c);
  return m ? `EO-${m[1]}` : null;
}

export const engineeringOfficeKind = defineInquiryKind<string>({
  id: "engoffice",
  parse({ number }) {
    if (!number.trim()) return { ok: false, fieldErrors: { number: "validation:required" } };
    const licenseNo = parseEngineeringLicense(number);
    return licenseNo ? { ok: true, key: licenseNo } : { ok: false, fieldErrors: { number: "inquiry:errors.officeLicenseFormat" } };
  },
  async find(db, licenseNo): Promise<InquiryAnswer | null> {
    const o = (await lookupEngineeringOffices(db, licenseNo)).find((r) => r.licenseNo === licenseNo);
    if (!o) return null;
    return {
      number: o.licenseNo,
      typeKey: "inquiry:types.engineeringOffice",
      status: { value: o.status, key: `permits:officeStatus.${o.status}` },
      facts: [
        { label: "inquiry:fields.officeName", value: pair(o) },
        { label: "inquiry:fields.officeLicenseNo", value: code(o.licenseNo) },
        { label: "inquiry:fields.classification", value: o.classification ? key(`permits:classes.${o.classification}`) : text(null) },
        { label: "inquiry:fields.validUntil", value: date(o.validUntil) },
        { label: "inquiry:fields.engineers", value: text(String(o.engineers)) },
        { label: "inquiry:fields.municipalities", value: pair({ nameAr: o.municipalities.map((m) => m.nameAr).join("، "), nameEn: o.municipalities.map((m) => m.nameEn).join(", ") }) },
      ],
      link: `/engineering-offices?q=${encodeURIComponent(o.licenseNo)}`,
      owner: null,
      ownerFacts: [],
    };
  },
});
