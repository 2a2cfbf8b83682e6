/**
 * Demo data of electronic signatures (issue 15): in Central Dammam, a licensing section head and a department
 * director, the director's deputy (for delegation), the two positions, and the two-step chain of license
 * certificates (section head → department director). Each signer gets an Ed25519 key (private half sealed with
 * lib/auth/secret-box.ts). Demo only (docs/decisions/010-demo-data-and-invitations.md): a real Amanah enters its
 * own positions, holders and chains.
 */
import type { SeedPart, SeedUser } from "./parts";
import { AMANAH_CODES, MUNICIPALITY_CODES } from "./places";
import { newSigningKey } from "../../lib/domain/signatures/keys";

export const SIGNATURE_MUNICIPALITY = MUNICIPALITY_CODES.DAMMAM_CENTRAL;

export const SIGNATURE_USERS = {
  sectionHead: { username: "sign.section-head", nationalId: null, nameAr: "م. بدر بن صالح العنزي", nameEn: "Eng. Badr S. Al-Anazi", mobile: "966504100001", email: null },
  director: { username: "sign.director", nationalId: null, nameAr: "أ. منى بنت راشد الخالدي", nameEn: "Mona R. Al-Khaldi", mobile: "966504100002", email: null },
  deputy: { username: "sign.deputy", nationalId: null, nameAr: "أ. ياسر بن حمد البوعينين", nameEn: "Yasser H. Al-Buainain", mobile: "966504100003", email: null },
} as const satisfies Record<string, SeedUser>;

/** Printed by the run banner beside the demo accounts (all REVIEWER staff of Central Dammam, no TOTP). */
export const SIGNATURE_DEMO_ACCOUNTS = [
  { what: "signer: section head (step 1)", user: SIGNATURE_USERS.sectionHead },
  { what: "signer: department director (step 2)", user: SIGNATURE_USERS.director },
  { what: "signer: director's deputy (delegation)", user: SIGNATURE_USERS.deputy },
] as const;

export const SIGNATURE_POSITIONS = [
  { code: "LICENSING_SECTION_HEAD", titleAr: "رئيس قسم الرخص التجارية", titleEn: "Head of the Commercial Licensing Section", holder: SIGNATURE_USERS.sectionHead.username },
  { code: "LICENSING_DEPARTMENT_DIRECTOR", titleAr: "مدير إدارة الرخص", titleEn: "Director of the Licensing Department", holder: SIGNATURE_USERS.director.username },
] as const;

export const LICENSE_CHAIN = ["LICENSING_SECTION_HEAD", "LICENSING_DEPARTMENT_DIRECTOR"] as const;

/** Since when the demo holders hold their positions (so documents of the whole demo year can be signed). */
const HOLDING_SINCE = new Date("2026-01-01T00:00:00Z");

export const SIGNATURES_SEED: SeedPart = {
  name: "signatures",
  demo: true,
  users: Object.values(SIGNATURE_USERS),
  async missing(query) {
    const rows = await query(
      `SELECT (SELECT count(*)::int FROM "SigningChainStep" s JOIN "SigningChain" c ON c.id = s."chainId" JOIN "Municipality" m ON m.id = c."municipalityId"
                WHERE c."documentType" = 'LICENSE_CERTIFICATE' AND m.code = $1) AS steps,
              (SELECT count(DISTINCT k."userId")::int FROM "SigningKey" k JOIN "User" u ON u.id = k."userId" WHERE u.username = ANY($2::text[])) AS keyed`,
      [SIGNATURE_MUNICIPALITY, Object.values(SIGNATURE_USERS).map((u) => u.username)],
    );
    const r = rows[0] ?? {};
    return Number(r.steps) !== LICENSE_CHAIN.length || Number(r.keyed) !== Object.keys(SIGNATURE_USERS).length;
  },
  run: (tx, ctx) => seedSigningChains(tx, ctx, SIGNATURE_MUNICIPALITY, Object.values(SIGNATURE_USERS), SIGNATURE_POSITIONS, { LICENSE_CERTIFICATE: LICENSE_CHAIN }),
};

type SeedArgs = Parameters<SeedPart["run"]>;

/**
 * The signers of a municipality (a reviewer assignment and a signing key each), its signing positions with their
 * holders, and one chain per document type — shared by every signatures seed part; idempotent. Returns the rows inserted.
 */
export async function seedSigningChains(
  tx: SeedArgs[0],
  ctx: SeedArgs[1],
  municipalityCode: string,
  users: readonly { username: string }[],
  positions: readonly { code: string; titleAr: string; titleEn: string; holder: string }[],
  chains: Record<string, readonly string[]>,
): Promise<number> {
  const amanahId = ctx.amanahIds.get(AMANAH_CODES.EASTERN);
  const municipalityId = ctx.municipalityIds.get(municipalityCode);
  if (!amanahId || !municipalityId) throw new Error(`seed: unknown place for signatures (${municipalityCode})`);
  const userId = (username: string) => {
    const id = ctx.userIds.get(username);
    if (!id) throw new Error(`seed: unknown user ${username}`);
    return id;
  };
  let inserted = 0;
  for (const u of users) {
    const id = userId(u.username);
    if ((await tx.staffAssignment.count({ where: { userId: id, role: "REVIEWER", amanahId, municipalityId } })) === 0) {
      await tx.staffAssignment.create({ data: { userId: id, role: "REVIEWER", amanahId, municipalityId } });
      inserted++;
    }
    if ((await tx.signingKey.count({ where: { userId: id } })) === 0) {
      const k = newSigningKey();
      await tx.signingKey.create({ data: { kid: k.kid, userId: id, publicJwk: k.publicJwk, privateSealed: k.privateSealed } });
      inserted++;
    }
  }
  const positionIds = new Map<string, string>();
  for (const p of positions) {
    const existing = await tx.signingPosition.findUnique({ where: { municipalityId_code: { municipalityId, code: p.code } }, select: { id: true } });
    const position = existing ?? (await tx.signingPosition.create({ data: { code: p.code, titleAr: p.titleAr, titleEn: p.titleEn, municipalityId, departmentCode: null }, select: { id: true } }));
    if (!existing) inserted++;
    positionIds.set(p.code, position.id);
    if ((await tx.signingPositionHolder.count({ where: { positionId: position.id } })) === 0) {
      await tx.signingPositionHolder.create({ data: { positionId: position.id, userId: userId(p.holder), since: HOLDING_SINCE } });
      inserted++;
    }
  }
  for (const [documentType, steps] of Object.entries(chains)) {
    const chain =
      (await tx.signingChain.findUnique({ where: { documentType_municipalityId: { documentType, municipalityId } }, select: { id: true } })) ??
      (await tx.signingChain.create({ data: { documentType, municipalityId }, select: { id: true } }));
    inserted += (await tx.signingChainStep.createMany({ data: steps.map((code, i) => ({ chainId: chain.id, step: i + 1, positionId: positionIds.get(code)! })), skipDuplicates: true })).count;
  }
  return inserted;
}
