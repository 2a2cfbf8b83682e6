import "server-only";
import type { DbOrTx } from "@/lib/db";

/**
 * The bills a person (national ID) or an establishment (commercial registration) still has to pay:
 * UNPAID and not yet expired, oldest first. Used by rules such as "no license while a violation is
 * unpaid", whose message names these bills. Neither ID given → no bills (never "everyone's").
 */
export async function unpaidBillsFor(
  client: DbOrTx,
  who: { nationalId?: string; crNumber?: string },
  now: Date = new Date(),
): Promise<{ number: string; totalHalalas: number; subjectType: string }[]> {
  const or = [
    ...(who.nationalId ? [{ payerNationalId: who.nationalId }] : []),
    ...(who.crNumber ? [{ payerCrNumber: who.crNumber }] : []),
  ];
  if (or.length === 0) return [];
  return client.bill.findMany({
    where: { status: "UNPAID", expiresAt: { gt: now }, OR: or },
    select: { number: true, totalHalalas: true, subjectType: true },
    orderBy: [{ issuedAt: "asc" }, { number: "asc" }],
  });
}
