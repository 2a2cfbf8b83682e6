import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { checkDigitNumber } from "@/lib/kernel/check-digits";
import { DEMO_AFTER_ISSUE_PERMIT } from "@/prisma/seed/permits-after-issue";

type Db = typeof db | Tx;

/**
 * An ISSUED building permit for tests, like the demo one (prisma/seed/permits-after-issue.ts): the demo
 * citizen's unless `ownerNationalId` says otherwise, supervised by OFF-INJAZ, in Al-Adamah (Central Dammam),
 * with the stages given already passed.
 */
export async function createIssuedPermit(
  client: Db = db,
  opts: { ownerNationalId?: string; planNo?: string; districtEn?: string; municipalityCode?: string; officeCode?: string; issuedAt?: Date; passed?: ("FOUNDATION" | "SKELETON" | "FINISHING" | "INSULATION")[] } = {},
): Promise<{ id: string; number: string; districtId: string; planNo: string; ownerNationalId: string; issuedAt: Date }> {
  const ownerNationalId = opts.ownerNationalId ?? DEMO_AFTER_ISSUE_PERMIT.ownerNationalId;
  const owner = await client.user.findUniqueOrThrow({ where: { nationalId: ownerNationalId }, select: { id: true, nameAr: true } });
  const office = await client.licensingOffice.findUniqueOrThrow({ where: { code: opts.officeCode ?? DEMO_AFTER_ISSUE_PERMIT.officeCode }, select: { id: true } });
  const municipality = await client.municipality.findUniqueOrThrow({ where: { code: opts.municipalityCode ?? DEMO_AFTER_ISSUE_PERMIT.municipalityCode }, select: { id: true } });
  const district = await client.district.findFirstOrThrow({ where: { municipalityId: municipality.id, ...(opts.districtEn ? { nameEn: opts.districtEn } : {}) }, select: { id: true } });
  const kind = await client.permitKind.findUniqueOrThrow({ where: { code: "NEW_HOUSE" }, select: { id: true } });
  const inspector = await client.user.findUniqueOrThrow({ where: { username: "staff.inspector" }, select: { id: true } });
  const deedNo = String(BigInt("0x" + randomBytes(5).toString("hex"))).padStart(12, "1").slice(0, 12);
  const planNo = opts.planNo ?? `T${randomBytes(3).toString("hex").toUpperCase()}`;
  const parcelNo = String(100 + Math.floor(Math.random() * 900));
  const auth = await client.permitAuthorization.create({
    data: { ownerId: owner.id, ownerNationalId, officeId: office.id, municipalityId: municipality.id, districtId: district.id, deedNo, planNo, parcelNo },
    select: { id: true },
  });
  const [{ n }] = await client.$queryRawUnsafe<[{ n: bigint }]>(`SELECT nextval('permit_number_seq') AS n`);
  const issuedAt = opts.issuedAt ?? new Date(Date.now() - 100 * 86_400_000);
  const permit = await client.permit.create({
    data: {
      number: checkDigitNumber("P", n),
      kindId: kind.id,
      status: "ISSUED",
      ownerId: owner.id,
      ownerNationalId,
      ownerName: owner.nameAr,
      officeId: office.id,
      authorizationId: auth.id,
      municipalityId: municipality.id,
      districtId: district.id,
      deedNo,
      planNo,
      parcelNo,
      latitude: 26.43,
      longitude: 50.1,
      issuedAt,
      stateEnteredAt: issuedAt,
      verifyCode: randomBytes(12).toString("base64url"),
    },
    select: { id: true, number: true },
  });
  for (const stage of opts.passed ?? ["FOUNDATION", "SKELETON", "FINISHING"]) {
    await client.permitInspection.create({ data: { permitId: permit.id, stage, inspectorKind: "MUNICIPALITY", inspectorId: inspector.id, result: "PASS", latitude: 26.43, longitude: 50.1, recordedAt: new Date(issuedAt.getTime() + 86_400_000) } });
  }
  return { ...permit, districtId: district.id, planNo, ownerNationalId, issuedAt };
}
