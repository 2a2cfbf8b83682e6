import { z, zNationalId, zSaudiMobile } from "@/lib/validation";

/** Sign-in: citizens and residents by national ID, staff and office members by username. */
export const ZSignIn = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("citizen"),
    login: zNationalId,
    password: z.string().min(1, { error: "validation:required" }).max(200),
  }),
  z.object({
    kind: z.literal("staff"),
    login: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, { error: "validation:required" })
      .regex(/^[a-z0-9._-]{3,64}$/, { error: "validation:username" }),
    password: z.string().min(1, { error: "validation:required" }).max(200),
  }),
]);
export type SignInInput = z.infer<typeof ZSignIn>;

/** A signed-in user's own contact details and language. */
export const ZUpdateProfile = z.object({
  mobile: zSaudiMobile,
  email: z.union([z.literal(""), z.email({ error: "validation:email" }).max(200)]),
  preferredLocale: z.enum(["ar", "en"], { error: "validation:invalidOption" }),
});
export type UpdateProfileInput = z.input<typeof ZUpdateProfile>;
