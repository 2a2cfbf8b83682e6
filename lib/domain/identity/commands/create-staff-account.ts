import "server-only";
import { hashPassword } from "@/lib/auth/password";
import type { SystemActor } from "@/lib/auth/actor";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/domain/audit/record";
import { normalizeSaudiMobile } from "@/lib/domain/identity/mobile";
import { temporaryPassword } from "@/lib/domain/identity/commands/account-security";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { z } from "@/lib/validation";

/**
 * A municipality employee's account, created by the operator at the server's console (`npm run staff:create`):
 * the way the first administrator of a production database comes to exist, since the demo accounts never do
 * (decision 010). The person at the console is the one the account is for, or hands it over in person: nothing
 * here is taken from a web form. The password is temporary and random, printed once and stored only as a hash;
 * the first sign-in must change it, and ADMIN, COMMITTEE_MEMBER and FINANCE must enroll two-factor (decision 009).
 */
export const ZCreateStaffAccount = z.object({
  username: z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{3,64}$/, { error: "validation:username" }),
  nameAr: z.string().trim().min(3).max(120),
  nameEn: z.string().trim().min(3).max(120),
  mobile: z.string().transform((v, ctx) => normalizeSaudiMobile(v) ?? (ctx.addIssue({ code: "custom", message: "validation:mobile" }), z.NEVER)),
  role: z.enum(StaffRole),
  amanahCode: z.string().trim().min(1),
  /** Empty: the whole Amanah. */
  municipalityCode: z.string().trim().optional(),
});
export type CreateStaffAccountInput = z.input<typeof ZCreateStaffAccount>;

const CONSOLE: SystemActor = { system: "console" };

export async function createStaffAccount(db: PrismaClient, raw: CreateStaffAccountInput): Promise<{ userId: string; username: string; temporaryPassword: string }> {
  const parsed = ZCreateStaffAccount.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", { fieldErrors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "input"), i.message])) });
  const input = parsed.data;
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const amanah = await tx.amanah.findUnique({ where: { code: input.amanahCode }, select: { id: true } });
    if (!amanah) throw new AppError("VALIDATION", { fieldErrors: { amanahCode: "validation:unknownCode" } });
    const municipality = input.municipalityCode
      ? await tx.municipality.findFirst({ where: { code: input.municipalityCode, amanahId: amanah.id }, select: { id: true } })
      : null;
    if (input.municipalityCode && !municipality) throw new AppError("VALIDATION", { fieldErrors: { municipalityCode: "validation:unknownCode" } });
    if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
      throw new AppError("CONFLICT", { message: "auth:account.errors.usernameTaken" });
    }
    const user = await tx.user.create({
      data: {
        username: input.username,
        nameAr: input.nameAr,
        nameEn: input.nameEn,
        mobile: input.mobile,
        passwordHash,
        mustChangePassword: true,
        staffAssignments: { create: { role: input.role, amanahId: amanah.id, municipalityId: municipality?.id ?? null } },
      },
      select: { id: true },
    });
    await recordAudit(tx, CONSOLE, {
      action: "identity.createStaffAccount",
      entityType: "User",
      entityId: user.id,
      municipalityId: municipality?.id ?? null,
      after: { username: input.username, role: input.role, amanah: input.amanahCode, municipality: input.municipalityCode ?? null, mustChangePassword: true },
    });
    return { userId: user.id, username: input.username, temporaryPassword: password };
  });
}
