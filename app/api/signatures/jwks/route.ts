import { db } from "@/lib/db";
import { publishedKeySet } from "@/lib/domain/signatures/queries/jwks";

export const dynamic = "force-dynamic";

/**
 * The signers' public keys as a JWK Set (RFC 7517), also at /.well-known/jwks.json (next.config.ts rewrite).
 * Public by design: any verifier, including the offline page and `npm run verify:document`, reads it.
 * Cached briefly: a revocation reaches verifiers within five minutes.
 */
export async function GET() {
  const body = await publishedKeySet(db);
  return Response.json(body, {
    headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*", "Content-Type": "application/jwk-set+json; charset=utf-8" },
  });
}
