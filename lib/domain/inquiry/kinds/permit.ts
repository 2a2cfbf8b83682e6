import { code, date, defineInquiryKind, pair, text, type InquiryAnswer } from "@/lib/domain/inquiry/types";
import { numberError, parseReference } from "@/lib/domain/inquiry/parse";
import { findPermitByNumber } from "@/lib/domain/permits/queries/public-inquiry";

/**
 * A building, demolition or restoration permit by its number ("P…"), read with the query /permits/inquiry uses.
 * A stranger sees what the printed permit shows about the parcel (kind, status, municipality, district, plan
 * and parcel, the office, dates); the owner also sees the owner's name, the deed, the areas and the last note.
 * A draft the office has not submitted is nobody's business yet: it answers like no permit.
 */
export const permitKind = defineInquiryKind<string>({
  id: "permit",
  parse({ number }) {
    const r = parseReference(number, ["P"]);
    return r.ok ? { ok: true, key: r.number } : { ok: false, fieldErrors: numberError(r.error, "inquiry:errors.permitFormat") };
  },
  async find(db, number): Promise<InquiryAnswer | null> {
    const p = await findPermitByNumber(db, number);
    if (!p || p.status === "DRAFT") return null;
    return {
      number: p.number,
      typeKey: "inquiry:types.permit",
      status: { value: p.status, key: `permits:status.${p.status}` },
      facts: [
        { label: "inquiry:fields.permitKind", value: pair(p.kind) },
        { label: "inquiry:fields.municipality", value: pair(p.municipality) },
        { label: "inquiry:fields.district", value: pair(p.district) },
        { label: "inquiry:fields.planParcel", value: code(`${p.planNo} / ${p.parcelNo}`) },
        { label: "inquiry:fields.engineeringOffice", value: pair(p.office) },
        ...(p.currentDepartment ? [{ label: "inquiry:fields.department", value: pair(p.currentDepartment) }] : []),
        { label: "inquiry:fields.issuedAt", value: date(p.issuedAt) },
        { label: "inquiry:fields.expiresAt", value: date(p.expiresAt) },
        { label: "inquiry:fields.statusSince", value: date(p.updatedAt) },
      ],
      owner: { nationalIds: [p.ownerNationalId], userIds: [p.ownerId], mobile: p.owner.mobile },
      ownerFacts: [
        { label: "inquiry:fields.owner", value: text(p.ownerName) },
        { label: "inquiry:fields.deedNo", value: code(p.deedNo) },
        ...(p.landAreaM2 !== null ? [{ label: "inquiry:fields.landArea", value: text(String(p.landAreaM2)) }] : []),
        ...(p.builtUpAreaM2 !== null ? [{ label: "inquiry:fields.builtUpArea", value: text(String(p.builtUpAreaM2)) }] : []),
        ...(p.floors !== null ? [{ label: "inquiry:fields.floors", value: text(String(p.floors)) }] : []),
        ...(p.lastNote ? [{ label: "inquiry:fields.lastNote", value: text(p.lastNote) }] : []),
        ...(p.rejectionReason ? [{ label: "inquiry:fields.rejectionReason", value: text(p.rejectionReason) }] : []),
      ],
    };
  },
});
