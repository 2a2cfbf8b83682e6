import { code, date, defineInquiryKind, key, money, pair, text, type InquiryAnswer } from "@/lib/domain/inquiry/types";
import { numberError, parseNationalId, parseReference } from "@/lib/domain/inquiry/parse";

/**
 * A violation by its number ("V…") AND the establishment owner's national ID: both must match, otherwise the
 * answer is the same as for no violation at all (numbers cannot be tried one by one to learn who was fined).
 * A stranger who knows both sees the status, the article and the date; the owner also sees the fine, the bill
 * and the inspector's notes.
 */
type Key = { number: string; nationalId: string };

export const violationKind = defineInquiryKind<Key>({
  id: "violation",
  needsNationalId: true,
  parse({ number, nationalId }) {
    const r = parseReference(number, ["V"]);
    const fieldErrors: Record<string, string> = r.ok ? {} : numberError(r.error, "inquiry:errors.violationFormat");
    const id = parseNationalId(nationalId);
    if (!id) fieldErrors.nationalId = nationalId.trim() ? "validation:nationalId" : "validation:required";
    if (!r.ok || !id) return { ok: false, fieldErrors };
    return { ok: true, key: { number: r.number, nationalId: id } };
  },
  async find(db, k): Promise<InquiryAnswer | null> {
    const v = await db.violation.findFirst({
      where: { number: k.number, establishment: { ownerNationalId: k.nationalId } },
      select: { number: true, status: true, observedAt: true, fineHalalas: true, notes: true, billId: true, article: { select: { code: true, titleAr: true, titleEn: true } }, establishment: { select: { tradeNameAr: true, ownerNationalId: true, ownerMobile: true } }, objection: { select: { status: true } } },
    });
    if (!v) return null;
    const bill = v.billId ? await db.bill.findUnique({ where: { id: v.billId }, select: { number: true, status: true } }) : null;
    return {
      number: v.number,
      typeKey: "inquiry:types.violation",
      status: { value: v.status, key: `violations:status.${v.status}` },
      facts: [
        { label: "inquiry:fields.article", value: pair({ nameAr: `${v.article.code} — ${v.article.titleAr}`, nameEn: `${v.article.code} — ${v.article.titleEn}` }) },
        { label: "inquiry:fields.observedAt", value: date(v.observedAt) },
        { label: "inquiry:fields.objectionStatus", value: v.objection ? key(`violations:objectionStatus.${v.objection.status}`) : key("inquiry:fields.none") },
      ],
      owner: { nationalIds: [v.establishment.ownerNationalId], userIds: [], mobile: v.establishment.ownerMobile },
      ownerFacts: [
        { label: "inquiry:fields.tradeName", value: text(v.establishment.tradeNameAr) },
        { label: "inquiry:fields.fine", value: money(v.fineHalalas) },
        ...(bill ? [{ label: "inquiry:fields.billNumber", value: code(bill.number) }, { label: "inquiry:fields.billStatus", value: key(`inquiry:billStatus.${bill.status}`) }] : []),
        { label: "inquiry:fields.notes", value: text(v.notes) },
      ],
    };
  },
});
