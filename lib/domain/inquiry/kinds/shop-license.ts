import { code, date, defineInquiryKind, pair, text, key, type InquiryAnswer } from "@/lib/domain/inquiry/types";
import { numberError, parseCr, parseReference } from "@/lib/domain/inquiry/parse";

/**
 * A shop license by its number ("L…") or the establishment's commercial registration (10 digits: its latest
 * license). A stranger sees what the printed certificate shows (trade name, activity, dates, status); the
 * holder also sees the holder's name, areas and establishment address.
 */
type Key = { by: "number" | "cr"; value: string };

export const shopLicenseKind = defineInquiryKind<Key>({
  id: "shoplicense",
  parse({ number }) {
    const cr = parseCr(number);
    if (cr) return { ok: true, key: { by: "cr", value: cr } };
    const r = parseReference(number, ["L"]);
    if (!r.ok) return { ok: false, fieldErrors: numberError(r.error, "inquiry:errors.licenseFormat") };
    return { ok: true, key: { by: "number", value: r.number } };
  },
  async find(db, k): Promise<InquiryAnswer | null> {
    const l = await db.license.findFirst({
      where: k.by === "number" ? { number: k.value } : { establishment: { commercialRegNo: k.value } },
      orderBy: { issuedAt: "desc" },
      select: { number: true, kind: true, status: true, tradeNameAr: true, issuedAt: true, expiresAt: true, holderName: true, holderNationalId: true, holderMobile: true, areaM2: true, signAreaM2: true, activity: { select: { nameAr: true, nameEn: true } }, municipality: { select: { nameAr: true, nameEn: true } }, establishment: { select: { commercialRegNo: true, addressAr: true } } },
    });
    if (!l) return null;
    return {
      number: l.number,
      typeKey: "inquiry:types.shopLicense",
      status: { value: l.status, key: `licensing:licenseStatus.${l.status}` },
      facts: [
        { label: "inquiry:fields.licenseNumber", value: code(l.number) },
        { label: "inquiry:fields.licenseKind", value: key(`inquiry:licenseKind.${l.kind}`) },
        { label: "inquiry:fields.tradeName", value: text(l.tradeNameAr) },
        { label: "inquiry:fields.crNumber", value: code(l.establishment.commercialRegNo) },
        { label: "inquiry:fields.activity", value: pair(l.activity) },
        { label: "inquiry:fields.municipality", value: pair(l.municipality) },
        { label: "inquiry:fields.issuedAt", value: date(l.issuedAt) },
        { label: "inquiry:fields.expiresAt", value: date(l.expiresAt) },
      ],
      owner: { nationalIds: [l.holderNationalId], userIds: [], mobile: l.holderMobile },
      ownerFacts: [
        { label: "inquiry:fields.holder", value: text(l.holderName) },
        { label: "inquiry:fields.area", value: text(String(l.areaM2)) },
        { label: "inquiry:fields.signArea", value: text(String(l.signAreaM2)) },
        { label: "inquiry:fields.address", value: text(l.establishment.addressAr) },
      ],
    };
  },
});
