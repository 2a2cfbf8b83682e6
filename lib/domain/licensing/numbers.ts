import type { Tx } from "@/lib/db";
import { checkDigitNumber } from "@/lib/kernel/check-digits";

/**
 * Readable numbers of the licensing area, drawn from sequences (never the same twice, whatever the
 * concurrency) with a Damm check digit: application "A1000014", license "L10000011", health certificate "H1000014".
 */
async function next(tx: Tx, sequence: "application_number_seq" | "license_number_seq" | "health_cert_number_seq"): Promise<bigint> {
  const [{ n }] = await tx.$queryRawUnsafe<[{ n: bigint }]>(`SELECT nextval('${sequence}') AS n`);
  return n;
}

export const nextApplicationNumber = async (tx: Tx) => checkDigitNumber("A", await next(tx, "application_number_seq"));
export const nextLicenseNumber = async (tx: Tx) => checkDigitNumber("L", await next(tx, "license_number_seq"), 7);
export const nextHealthCertNumber = async (tx: Tx) => checkDigitNumber("H", await next(tx, "health_cert_number_seq"));
