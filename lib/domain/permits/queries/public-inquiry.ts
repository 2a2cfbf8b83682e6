import "server-only";
import type { DbOrTx } from "@/lib/db";

/**
 * The public inquiries of the permits area, by number, shared by their own pages (/permits/inquiry,
 * /electricity-connections, through permitStatusByNumber and connectionStatus) and by the one inquiry page's kinds
 * (lib/domain/inquiry/kinds/permit.ts, electricity.ts). They read the owner's fields too: each caller decides what it
 * shows (the status pages show the status only; the inquiry kinds show the owner's part to the owner only).
 * No value import of lib/db here: the kinds are also loaded by unit tests (which have no database).
 */
export async function findPermitByNumber(client: DbOrTx, number: string) {
  return client.permit.findUnique({
    where: { number },
    select: {
      number: true, status: true, updatedAt: true, issuedAt: true, expiresAt: true, planNo: true, parcelNo: true, deedNo: true, landAreaM2: true, builtUpAreaM2: true, floors: true, lastNote: true, rejectionReason: true,
      ownerId: true, ownerNationalId: true, ownerName: true, owner: { select: { mobile: true } },
      kind: { select: { nameAr: true, nameEn: true, category: true } }, district: { select: { nameAr: true, nameEn: true } }, municipality: { select: { nameAr: true, nameEn: true } },
      office: { select: { nameAr: true, nameEn: true, engineeringLicenseNo: true } }, currentDepartment: { select: { nameAr: true, nameEn: true } },
    },
  });
}

/** An electricity connection request by its number ("EC…"), or by its clearance number ("CL…") with `by: "clearance"`. */
export async function findConnectionByNumber(client: DbOrTx, number: string, by: "request" | "clearance" = "request") {
  return client.electricityConnection.findUnique({
    where: by === "request" ? { number } : { clearanceNo: number },
    select: {
      number: true, status: true, clearanceNo: true, requestedAt: true, decidedAt: true, refusalReason: true,
      permit: { select: { number: true, planNo: true, parcelNo: true, deedNo: true, ownerId: true, ownerNationalId: true, ownerName: true, owner: { select: { mobile: true } }, district: { select: { nameAr: true, nameEn: true } }, municipality: { select: { nameAr: true, nameEn: true } } } },
    },
  });
}
