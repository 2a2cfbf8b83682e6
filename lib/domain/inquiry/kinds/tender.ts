import { date, defineInquiryKind, key, money, pair, text, type InquiryAnswer } from "@/lib/domain/inquiry/types";
import { numberError, parseReference } from "@/lib/domain/inquiry/parse";
import { TENDER_PREFIX } from "@/lib/domain/tenders/numbers";

/** A tender by its number ("T…"): everything about a tender is public, the award included. */
export const tenderKind = defineInquiryKind<string>({
  id: "tender",
  parse({ number }) {
    const r = parseReference(number, [TENDER_PREFIX]);
    return r.ok ? { ok: true, key: r.number } : { ok: false, fieldErrors: numberError(r.error, "inquiry:errors.tenderFormat") };
  },
  async find(db, number): Promise<InquiryAnswer | null> {
    const t = await db.tender.findUnique({
      where: { number },
      select: { number: true, status: true, titleAr: true, titleEn: true, activity: true, bookletPriceHalalas: true, questionsUntil: true, offersDeadline: true, openingAt: true, awardedTo: true, awardHalalas: true, municipality: { select: { nameAr: true, nameEn: true } } },
    });
    if (!t) return null;
    return {
      number: t.number,
      typeKey: "inquiry:types.tender",
      status: { value: t.status, key: `tenders:status.${t.status}` },
      facts: [
        { label: "inquiry:fields.title", value: pair({ nameAr: t.titleAr, nameEn: t.titleEn }) },
        { label: "inquiry:fields.activity", value: key(`tenders:activities.${t.activity}`) },
        { label: "inquiry:fields.municipality", value: pair(t.municipality) },
        { label: "inquiry:fields.bookletPrice", value: money(t.bookletPriceHalalas) },
        { label: "inquiry:fields.questionsUntil", value: date(t.questionsUntil) },
        { label: "inquiry:fields.offersDeadline", value: date(t.offersDeadline) },
        { label: "inquiry:fields.openingAt", value: date(t.openingAt) },
        ...(t.awardedTo ? [{ label: "inquiry:fields.awardedTo", value: text(t.awardedTo) }] : []),
        ...(t.awardHalalas !== null ? [{ label: "inquiry:fields.awardAmount", value: money(t.awardHalalas) }] : []),
      ],
      link: `/tenders/${t.number}`,
      owner: null,
      ownerFacts: [],
    };
  },
});
