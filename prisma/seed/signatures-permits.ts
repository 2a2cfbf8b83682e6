/**
 * Demo signing chains for building permits and building completion certificates (issue 15;
 * docs/decisions/025-permit-signatures.md), in Central Dammam, where the demo engineering office's permits and the
 * demo after-issue permit are: two new signers and positions — the head of the building permits section and the
 * head of the municipality — and two two-step chains (section head → head of the municipality), one per type.
 * Each signer gets an Ed25519 key (private half sealed). Demo only (docs/decisions/010-demo-data-and-invitations.md):
 * a real Amanah enters its own positions, holders and chains. Idempotent, like every part.
 */
import type { SeedPart, SeedUser } from "./parts";
import { MUNICIPALITY_CODES } from "./places";
import { seedSigningChains } from "./signatures";

export const PERMIT_SIGNATURE_MUNICIPALITY = MUNICIPALITY_CODES.DAMMAM_CENTRAL;

export const PERMIT_SIGNATURE_USERS = {
  permitsHead: { username: "sign.permits-head", nationalId: null, nameAr: "م. خالد بن عبدالله الدوسري", nameEn: "Eng. Khalid A. Al-Dosari", mobile: "966504100024", email: null },
  municipalityHead: { username: "sign.municipality-head", nationalId: null, nameAr: "م. فيصل بن سعد القحطاني", nameEn: "Eng. Faisal S. Al-Qahtani", mobile: "966504100025", email: null },
} as const satisfies Record<string, SeedUser>;

/** Printed by the run banner beside the demo accounts (REVIEWER staff of Central Dammam, no TOTP). */
export const PERMIT_SIGNATURE_DEMO_ACCOUNTS = [
  { what: "signer: building permits section head (step 1)", user: PERMIT_SIGNATURE_USERS.permitsHead },
  { what: "signer: head of the municipality (step 2)", user: PERMIT_SIGNATURE_USERS.municipalityHead },
] as const;

export const PERMIT_SIGNATURE_POSITIONS = [
  { code: "BUILDING_PERMITS_SECTION_HEAD", titleAr: "رئيس قسم رخص البناء", titleEn: "Head of the Building Permits Section", holder: PERMIT_SIGNATURE_USERS.permitsHead.username },
  { code: "MUNICIPALITY_HEAD", titleAr: "رئيس البلدية", titleEn: "Head of the Municipality", holder: PERMIT_SIGNATURE_USERS.municipalityHead.username },
] as const;

/** Both types: the section head, then the head of the municipality. */
export const PERMIT_CHAINS = {
  BUILDING_PERMIT: ["BUILDING_PERMITS_SECTION_HEAD", "MUNICIPALITY_HEAD"],
  COMPLETION_CERTIFICATE: ["BUILDING_PERMITS_SECTION_HEAD", "MUNICIPALITY_HEAD"],
} as const;


export const PERMIT_SIGNATURES_SEED: SeedPart = {
  name: "signatures-permits",
  demo: true,
  users: Object.values(PERMIT_SIGNATURE_USERS),
  async missing(query) {
    const rows = await query(
      `SELECT (SELECT count(*)::int FROM "SigningChainStep" s JOIN "SigningChain" c ON c.id = s."chainId" JOIN "Municipality" m ON m.id = c."municipalityId"
                WHERE c."documentType" = ANY($3::text[]) AND m.code = $1) AS steps,
              (SELECT count(DISTINCT k."userId")::int FROM "SigningKey" k JOIN "User" u ON u.id = k."userId" WHERE u.username = ANY($2::text[])) AS keyed`,
      [PERMIT_SIGNATURE_MUNICIPALITY, Object.values(PERMIT_SIGNATURE_USERS).map((u) => u.username), Object.keys(PERMIT_CHAINS)],
    );
    const r = rows[0] ?? {};
    const steps = Object.values(PERMIT_CHAINS).reduce((n, c) => n + c.length, 0);
    return Number(r.steps) !== steps || Number(r.keyed) !== Object.keys(PERMIT_SIGNATURE_USERS).length;
  },
  run: (tx, ctx) => seedSigningChains(tx, ctx, PERMIT_SIGNATURE_MUNICIPALITY, Object.values(PERMIT_SIGNATURE_USERS), PERMIT_SIGNATURE_POSITIONS, PERMIT_CHAINS),
};
