import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Tx } from "@/lib/db";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { AppError } from "@/lib/errors";
import type { Lang } from "@/lib/i18n/settings";

/**
 * Staff of an office are people with a national ID. The one found by that ID is reused (their own
 * account keeps its password); someone new gets an account with a temporary password sent by SMS.
 * One office per person: someone who works for another (not revoked) office is refused.
 */
export type StaffPerson = { nationalId: string; nameAr: string; nameEn?: string; mobile: string };

export function temporaryPassword(): string {
  // 12 characters from a CSPRNG, with the classes a password policy asks for.
  return `Am-${randomBytes(9).toString("base64url")}7`;
}

export async function findOrCreateStaffUser(
  tx: Tx,
  person: StaffPerson,
  ctx: { officeId: string; officeName: string; field: string },
): Promise<{ userId: string; created: boolean }> {
  const existing = await tx.user.findUnique({ where: { nationalId: person.nationalId }, select: { id: true, active: true } });
  if (existing && !existing.active) throw new AppError("VALIDATION", { fieldErrors: { [ctx.field]: "supervision:errors.accountInactive" } });
  const userId = existing?.id;
  if (userId) {
    const elsewhere = await tx.officeMember.findFirst({
      where: { userId, active: true, officeId: { not: ctx.officeId }, office: { status: { not: "REVOKED" } } },
      select: { id: true },
    });
    if (elsewhere) throw new AppError("VALIDATION", { fieldErrors: { [ctx.field]: "supervision:errors.memberOfOtherOffice" } });
    return { userId, created: false };
  }
  const password = temporaryPassword();
  const user = await tx.user.create({
    data: {
      nationalId: person.nationalId,
      nameAr: person.nameAr,
      nameEn: person.nameEn?.trim() || person.nameAr,
      mobile: person.mobile,
      passwordHash: await hashPassword(password),
      preferredLocale: "ar",
    },
    select: { id: true },
  });
  await enqueueSms(tx, {
    to: person.mobile,
    template: "officeStaffAccount",
    params: { office: ctx.officeName, login: person.nationalId, password },
    locale: "ar" as Lang,
    dedupeKey: `office-staff-account:${user.id}`,
  });
  return { userId: user.id, created: true };
}
