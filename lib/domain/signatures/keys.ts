import crypto from "node:crypto";
import { openSecret, sealSecret } from "@/lib/auth/secret-box";

/**
 * A signer's Ed25519 key pair: the public half as a JWK (published), the private half as PKCS#8 DER sealed
 * with the secret box (AES-256-GCM, lib/auth/secret-box.ts), never stored or logged in the clear.
 */
export type NewKey = { kid: string; publicJwk: { kty: "OKP"; crv: "Ed25519"; x: string }; privateSealed: string };

export function newSigningKey(): NewKey {
  const { publicKey, privateKey } = crypto.generateKeyPairSync("ed25519");
  const jwk = publicKey.export({ format: "jwk" }) as { kty: "OKP"; crv: "Ed25519"; x: string };
  // The key id is the RFC 7638 thumbprint (shortened): it names the public key itself.
  const thumbprint = crypto.createHash("sha256").update(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x })).digest("base64url");
  const der = privateKey.export({ format: "der", type: "pkcs8" });
  return { kid: thumbprint.slice(0, 16), publicJwk: { kty: "OKP", crv: "Ed25519", x: jwk.x }, privateSealed: sealSecret(der.toString("base64")) };
}

/** Signs the ASCII signing input with the sealed private key; returns the base64url signature. */
export function signWith(privateSealed: string, input: string): string {
  const key = crypto.createPrivateKey({ key: Buffer.from(openSecret(privateSealed), "base64"), format: "der", type: "pkcs8" });
  return crypto.sign(null, Buffer.from(input, "ascii"), key).toString("base64url");
}
