import type { InquiryKind } from "@/lib/domain/inquiry/types";
import { transactionKind } from "@/lib/domain/inquiry/kinds/transaction";
import { shopLicenseKind } from "@/lib/domain/inquiry/kinds/shop-license";
import { violationKind } from "@/lib/domain/inquiry/kinds/violation";
import { healthCertKind } from "@/lib/domain/inquiry/kinds/health-cert";
import { tenderKind } from "@/lib/domain/inquiry/kinds/tender";
import { auctionKind } from "@/lib/domain/inquiry/kinds/auction";
import { permitKind } from "@/lib/domain/inquiry/kinds/permit";
import { engineeringOfficeKind } from "@/lib/domain/inquiry/kinds/engineering-office";
import { electricityKind } from "@/lib/domain/inquiry/kinds/electricity";

/**
 * Every kind of the one inquiry page, in the order the page offers them. Adding a kind (as the permit,
 * engineering office and electricity kinds were): one file in kinds/ and one line here, plus its label in
 * locales/{ar,en}/inquiry.json (kinds.<id>) — see README, "One inquiry page". The registry tests in
 * lib/domain/inquiry/parse.test.ts fail when a file in kinds/ is not listed or a kind has no label.
 */
export const INQUIRY_KINDS: readonly InquiryKind[] = [transactionKind, shopLicenseKind, violationKind, healthCertKind, permitKind, engineeringOfficeKind, electricityKind, tenderKind, auctionKind];

export function inquiryKind(id: string): InquiryKind | undefined {
  return INQUIRY_KINDS.find((k) => k.id === id);
}
