import { describe, expect, it } from "vitest";
import { openSecret, sealSecret, secretBoxKey } from "@/lib/auth/secret-box";
import { checkTotp, currentTotp, requiresTotp, totpUri } from "@/lib/auth/totp";

const key = secretBoxKey({ NEXTAUTH_SECRET: "a-test-secret-of-enough-length" });

describe("secret box (AES-256-GCM)", () => {
  it("seals to a fresh ciphertext each time and opens back", () => {
    const a = sealSecret("JBSWY3DPEHPK3PXP", key);
    const b = sealSecret("JBSWY3DPEHPK3PXP", key);
    expect(a).not.toBe(b);
    expect(a).not.toContain("JBSWY3DPEHPK3PXP");
    expect(openSecret(a, key)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("refuses a tampered ciphertext and says when the key changed", () => {
    const sealed = sealSecret("secret", key);
    const parts = sealed.split(".");
    parts[3] = Buffer.from("xxxxxx").toString("base64url");
    expect(() => openSecret(parts.join("."), key)).toThrow();
    const other = secretBoxKey({ NEXTAUTH_SECRET: "another-secret-of-enough-length" });
    expect(() => openSecret(sealed, other)).toThrow(/another key/);
  });

  it("takes an explicit 32-byte key and refuses a wrong-sized one; needs a secret in production", () => {
    expect(secretBoxKey({ TOTP_ENCRYPTION_KEY: "00".repeat(32) })).toHaveLength(32);
    expect(() => secretBoxKey({ TOTP_ENCRYPTION_KEY: "too-short-but-at-least-32-characters!!" })).toThrow(/32 bytes/);
    expect(() => secretBoxKey({ NODE_ENV: "production" })).toThrow(/TOTP_ENCRYPTION_KEY or NEXTAUTH_SECRET/);
  });
});

describe("TOTP helpers", () => {
  it("verifies the current code only, and names the roles that require it", () => {
    const secret = "AMANAHDEMOTOTPSECRETFORSTAFF2FA2";
    const code = currentTotp(secret);
    expect(checkTotp(secret, code)).toBe(true);
    expect(checkTotp(secret, String((Number(code) + 1) % 1_000_000).padStart(6, "0"))).toBe(false);
    expect(checkTotp(secret, "12a456")).toBe(false);
    expect(totpUri(secret, "staff.admin")).toBe(`otpauth://totp/Amanah:staff.admin?secret=${secret}&issuer=Amanah`);
    expect(requiresTotp(["REVIEWER"])).toBe(false);
    expect(requiresTotp(["REVIEWER", "FINANCE"])).toBe(true);
  });
});
