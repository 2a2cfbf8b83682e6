import { code, date, defineInquiryKind, pair, text, type InquiryAnswer } from "@/lib/domain/inquiry/types";
import { numberError, parseReference } from "@/lib/domain/inquiry/parse";
import { findConnectionByNumber } from "@/lib/domain/permits/queries/public-inquiry";

/**
 * An electricity connection (إيصال التيار) by its request number ("EC…") or its clearance number ("CL…"), read
 * with the query /electricity-connections uses. A stranger sees what the clearance shows (status, clearance number,
 * dates, the permit and its parcel); the permit's owner also sees the owner's name, the deed and a refusal's reason.
 */
type Key = { by: "request" | "clearance"; number: string };

export const electricityKind = defineInquiryKind<Key>({
  id: "electricity",
  parse({ number }) {
    const r = parseReference(number, ["EC", "CL"]);
    if (!r.ok) return { ok: false, fieldErrors: numberError(r.error, "inquiry:errors.electricityFormat") };
    return { ok: true, key: { by: r.prefix === "CL" ? "clearance" : "request", number: r.number } };
  },
  async find(db, k): Promise<InquiryAnswer | null> {
    const c = await findConnectionByNumber(db, k.number, k.by);
    if (!c) return null;
    const p = c.permit;
    return {
      number: c.number,
      typeKey: "inquiry:types.electricity",
      status: { value: c.status, key: `permitsAfterIssue:connectionStatus.${c.status}` },
      facts: [
        ...(c.clearanceNo ? [{ label: "inquiry:fields.clearanceNo", value: code(c.clearanceNo) }] : []),
        { label: "inquiry:fields.permitNumber", value: code(p.number) },
        { label: "inquiry:fields.municipality", value: pair(p.municipality) },
        { label: "inquiry:fields.district", value: pair(p.district) },
        { label: "inquiry:fields.planParcel", value: code(`${p.planNo} / ${p.parcelNo}`) },
        { label: "inquiry:fields.requestedAt", value: date(c.requestedAt) },
        { label: "inquiry:fields.decidedAt", value: date(c.decidedAt) },
      ],
      owner: { nationalIds: [p.ownerNationalId], userIds: [p.ownerId], mobile: p.owner.mobile },
      ownerFacts: [
        { label: "inquiry:fields.owner", value: text(p.ownerName) },
        { label: "inquiry:fields.deedNo", value: code(p.deedNo) },
        ...(c.refusalReason ? [{ label: "inquiry:fields.refusalReason", value: text(c.refusalReason) }] : []),
      ],
    };
  },
});
