import type { Tx } from "@/lib/db";
import { checkDigitNumber } from "@/lib/kernel/check-digits";

/**
 * Readable numbers of the after-issue part, from the permits migration's sequences with a Damm check digit:
 * insulation certificate "IC1000014", completion certificate "BC1000014", connection request "EC1000014",
 * electricity clearance "CL1000014".
 */
type Seq = "permit_certificate_number_seq" | "electricity_connection_number_seq" | "electricity_clearance_number_seq";
async function next(tx: Tx, sequence: Seq): Promise<bigint> {
  const [{ n }] = await tx.$queryRawUnsafe<[{ n: bigint }]>(`SELECT nextval('${sequence}') AS n`);
  return n;
}

export const nextCertificateNumber = async (tx: Tx, type: "INSULATION" | "COMPLETION") =>
  checkDigitNumber(type === "INSULATION" ? "IC" : "BC", await next(tx, "permit_certificate_number_seq"));
export const nextConnectionNumber = async (tx: Tx) => checkDigitNumber("EC", await next(tx, "electricity_connection_number_seq"));
export const nextClearanceNumber = async (tx: Tx) => checkDigitNumber("CL", await next(tx, "electricity_clearance_number_seq"));
