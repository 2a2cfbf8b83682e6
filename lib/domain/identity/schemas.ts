import { z, zNationalId, zSaudiMobile } from "@/lib/validation";
import { toLatinDigits } from "@/lib/kernel/digits";

/**
 * Password sign-in: staff and office members by username (citizens and residents sign in only through the
 * national single sign-on: docs/decisions/009-national-sso-and-staff-2fa.md). `totp` is the authenticator code,
 * asked for as a second step from accounts that have two-factor.
 */
export const ZSignIn = z.object({
  login: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: "validation:required" })
    .regex(/^[a-z0-9._-]{3,64}$/, { error: "validation:username" }),
  password: z.string().min(1, { error: "validation:required" }).max(200),
  totp: z
    .string()
    .trim()
    .transform((v) => v.replace(/\s+/g, ""))
    .pipe(z.union([z.literal(""), z.string().regex(/^\d{6}$/, { error: "validation:totp" })]))
    .optional(),
});
export type SignInInput = z.infer<typeof ZSignIn>;

/** What the national identity provider asserts (OIDC ID token claims, mapped in lib/auth/national-sso.ts). */
export const ZNationalClaims = z.object({
  subject: z.string().min(1).max(255),
  nationalId: zNationalId,
  nameAr: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
  mobile: zSaudiMobile,
});
export type NationalClaims = z.infer<typeof ZNationalClaims>;

/** A new password: 10–200 characters with a letter and a digit, not the same as the current one. */
export const ZNewPassword = z
  .string()
  .min(10, { error: "validation:passwordTooShort" })
  .max(200, { error: "validation:tooLong" })
  .refine((v) => /\p{L}/u.test(v) && /\d/.test(v), { error: "validation:passwordWeak" });

export const ZChangePassword = z
  .object({
    currentPassword: z.string().min(1, { error: "validation:required" }).max(200),
    newPassword: ZNewPassword,
    confirmPassword: z.string().min(1, { error: "validation:required" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], error: "validation:passwordMismatch" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], error: "validation:passwordUnchanged" });
export type ChangePasswordInput = z.infer<typeof ZChangePassword>;

/** The 6-digit code from an authenticator app (confirms a TOTP enrollment). */
export const ZTotpCode = z.object({
  code: z
    .string()
    .transform((v) => v.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, { error: "validation:totp" })),
});

/** An administrator resets a staff member's password (a temporary one goes by SMS). */
export const ZResetPassword = z.object({ username: z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{3,64}$/, { error: "validation:username" }) });

/** A signed-in user's own contact details and language. */
export const ZUpdateProfile = z.object({
  mobile: zSaudiMobile,
  email: z.union([z.literal(""), z.email({ error: "validation:email" }).max(200)]),
  preferredLocale: z.enum(["ar", "en"], { error: "validation:invalidOption" }),
});
export type UpdateProfileInput = z.input<typeof ZUpdateProfile>;

/** The one-time code sent to a new mobile (six digits, Arabic-Indic digits accepted). */
export const ZConfirmMobile = z.object({
  code: z.preprocess(
    (v) => (typeof v === "string" ? toLatinDigits(v).replace(/\s+/g, "") : v),
    z.string({ error: "validation:required" }).regex(/^\d{6}$/, { error: "dashboard:profile.errors.codeFormat" }),
  ),
});
export type ConfirmMobileInput = z.input<typeof ZConfirmMobile>;
