import type { InquiryKind } from "@/lib/domain/inquiry/types";
import { transactionKind } from "@/lib/domain/inquiry/kinds/transaction";
import { shopLicenseKind } from "@/lib/domain/inquiry/kinds/shop-license";
import { violationKind } from "@/lib/domain/inquiry/kinds/violation";
import { healthCertKind } from "@/lib/domain/inquiry/kinds/health-cert";
import { tenderKind } from "@/lib/domain/inquiry/kinds/tender";
import { auctionKind } from "@/lib/domain/inquiry/kinds/auction";

/**
 * Every kind of the one inquiry page, in the order the page offers them. Adding a kind (permits, engineering
 * offices, electricity connections…): one file in kinds/ and one line here, plus its label in
 * locales/{ar,en}/inquiry.json (kinds.<id>) — see README, "One inquiry page". lib/domain/inquiry/registry.test.ts
 * fails when a file in kinds/ is not listed or a kind has no label.
 */
export const INQUIRY_KINDS: readonly InquiryKind[] = [transactionKind, shopLicenseKind, violationKind, healthCertKind, tenderKind, auctionKind];

export function inquiryKind(id: string): InquiryKind | undefined {
  return INQUIRY_KINDS.find((k) => k.id === id);
}
