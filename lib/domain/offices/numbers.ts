import type { Tx } from "@/lib/db";
import { checkDigitNumber } from "@/lib/kernel/check-digits";

/**
 * Readable numbers of office supervision, from sequences with a Damm check digit:
 * accreditation "AC1000014", feedback "FB…", training certificate "TC…" (contracts: clauses.ts, penalties: O-B).
 */
type Seq = "accreditation_number_seq" | "feedback_number_seq" | "training_certificate_seq";
async function next(tx: Tx, sequence: Seq): Promise<bigint> {
  const [{ n }] = await tx.$queryRawUnsafe<[{ n: bigint }]>(`SELECT nextval('${sequence}') AS n`);
  return n;
}
export const nextAccreditationNumber = async (tx: Tx) => checkDigitNumber("AC", await next(tx, "accreditation_number_seq"));
export const nextFeedbackNumber = async (tx: Tx) => checkDigitNumber("FB", await next(tx, "feedback_number_seq"));
export const nextCertificateNumber = async (tx: Tx) => checkDigitNumber("TC", await next(tx, "training_certificate_seq"));
export async function nextPenaltyNumber(tx: Tx): Promise<string> {
  const [{ n }] = await tx.$queryRaw<[{ n: bigint }]>`SELECT nextval('penalty_number_seq') AS n`;
  return checkDigitNumber("PN", n);
}
