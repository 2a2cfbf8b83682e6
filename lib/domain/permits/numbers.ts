import type { Tx } from "@/lib/db";
import { checkDigitNumber } from "@/lib/kernel/check-digits";

/** Readable numbers of the permits area, from sequences with a Damm check digit: permit "P1000014". */
export async function nextPermitNumber(tx: Tx): Promise<string> {
  const [{ n }] = await tx.$queryRawUnsafe<[{ n: bigint }]>(`SELECT nextval('permit_number_seq') AS n`);
  return checkDigitNumber("P", n);
}
