import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DOCUMENT_TYPES, isDocumentType } from "@/lib/domain/signatures/document-types";
import { capacityFor, decideSignature, delegationActive } from "@/lib/domain/signatures/rules";
import { signerCapacities } from "@/lib/domain/signatures/signer";

type Names = { nameAr: string; nameEn: string };
export type QueueItem = {
  documentId: string;
  titleKey: string;
  number: string;
  subject: string;
  step: number;
  steps: number;
  position: Names;
  /** Set when the actor signs as a delegate: the holder they stand in for. */
  onBehalfOf: Names | null;
  requestedAt: Date;
  /** Signatures already made (earlier steps). */
  signedBy: { step: number; signer: Names; signedAt: Date }[];
};

export type SignerDesk = {
  queue: QueueItem[];
  /** Positions the actor holds now (they may delegate them). */
  positions: { id: string; title: Names; municipality: Names }[];
  delegationsGiven: { id: string; position: Names; delegate: Names; startsAt: Date; endsAt: Date; active: boolean; revoked: boolean }[];
  delegationsReceived: { id: string; position: Names; delegator: Names; startsAt: Date; endsAt: Date; active: boolean }[];
  keys: { kid: string; status: "ACTIVE" | "RETIRED" | "REVOKED"; createdAt: Date }[];
};

/** The signer's own queue (issue 15): the documents whose NEXT step is theirs now, by position or delegation. */
export async function signerDesk(actor: Actor): Promise<SignerDesk> {
  const now = new Date();
  const { holdings, delegations } = await signerCapacities(db, actor.userId);
  const reachable = [...new Set([...holdings.map((h) => h.positionId), ...delegations.map((d) => d.positionId)])];
  const docs = reachable.length
    ? await db.signedDocument.findMany({
        where: { status: "PENDING", positionIds: { hasSome: reachable } },
        orderBy: { requestedAt: "asc" },
        take: 200,
        select: { id: true, documentType: true, subjectId: true, positionIds: true, requestedAt: true, signatures: { orderBy: { step: "asc" }, select: { step: true, signerId: true, signedAt: true } } },
      })
    : [];
  const mine = docs
    .map((d) => ({ d, decision: decideSignature({ positionIds: d.positionIds, signerIds: d.signatures.map((s) => s.signerId), actorId: actor.userId, holdings, delegations, at: now }) }))
    .filter((x) => x.decision.ok);
  const positionIds = new Set<string>([...reachable, ...mine.flatMap((x) => x.d.positionIds)]);
  const [positions, heldNow, given] = await Promise.all([
    db.signingPosition.findMany({ where: { id: { in: [...positionIds] } }, select: { id: true, titleAr: true, titleEn: true, municipalityId: true } }),
    Promise.resolve(holdings.filter((h) => capacityFor(h.positionId, now, [h], []) !== null)),
    db.signingDelegation.findMany({ where: { delegatorId: actor.userId }, orderBy: { startsAt: "desc" }, take: 20, select: { id: true, positionId: true, delegateId: true, startsAt: true, endsAt: true, revokedAt: true, position: { select: { titleAr: true, titleEn: true } } } }),
  ]);
  const userIds = [...new Set([...mine.flatMap((x) => x.d.signatures.map((s) => s.signerId)), ...delegations.map((d) => d.delegatorId), ...given.map((g) => g.delegateId)])];
  const [users, municipalities, keys] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, nameAr: true, nameEn: true } }),
    db.municipality.findMany({ where: { id: { in: positions.map((p) => p.municipalityId) } }, select: { id: true, nameAr: true, nameEn: true } }),
    db.signingKey.findMany({ where: { userId: actor.userId }, orderBy: { createdAt: "desc" }, select: { kid: true, status: true, createdAt: true } }),
  ]);
  const unknown: Names = { nameAr: "—", nameEn: "—" };
  const person = (id: string): Names => users.find((u) => u.id === id) ?? unknown;
  const title = (id: string): Names => {
    const p = positions.find((x) => x.id === id);
    return p ? { nameAr: p.titleAr, nameEn: p.titleEn } : unknown;
  };
  const queue: QueueItem[] = [];
  for (const { d, decision } of mine) {
    if (!decision.ok || !isDocumentType(d.documentType)) continue;
    const type = DOCUMENT_TYPES[d.documentType];
    const data = await type.load(db, d.subjectId);
    if (!data) continue;
    queue.push({
      documentId: d.id, titleKey: type.titleKey, number: data.number, subject: data.subject, step: decision.step, steps: d.positionIds.length,
      position: title(decision.positionId),
      onBehalfOf: decision.capacity.kind === "delegate" ? person(decision.capacity.delegation.delegatorId) : null,
      requestedAt: d.requestedAt,
      signedBy: d.signatures.map((s) => ({ step: s.step, signer: person(s.signerId), signedAt: s.signedAt })),
    });
  }
  return {
    queue,
    positions: heldNow.map((h) => {
      const p = positions.find((x) => x.id === h.positionId);
      const m = municipalities.find((x) => x.id === p?.municipalityId);
      return { id: h.positionId, title: title(h.positionId), municipality: m ? { nameAr: m.nameAr, nameEn: m.nameEn } : unknown };
    }),
    delegationsGiven: given.map((g) => ({ id: g.id, position: { nameAr: g.position.titleAr, nameEn: g.position.titleEn }, delegate: person(g.delegateId), startsAt: g.startsAt, endsAt: g.endsAt, active: delegationActive({ ...g, delegatorId: actor.userId }, now), revoked: g.revokedAt !== null })),
    delegationsReceived: delegations.map((d) => ({ id: d.id, position: title(d.positionId), delegator: person(d.delegatorId), startsAt: d.startsAt, endsAt: d.endsAt, active: delegationActive(d, now) })),
    keys,
  };
}
