import "server-only";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { isDocumentType } from "@/lib/domain/signatures/document-types";
import { chainPositionIds, CHAIN_STEP_FIELDS, ZSetChain } from "@/lib/domain/signatures/schemas";
import { AppError } from "@/lib/errors";

/**
 * An administrator sets the signing chain of one document type in one municipality of theirs (issue 15: the chain is
 * data per document type and municipality). The positions must be that municipality's own. What is already being
 * signed keeps the chain it started with (requestSignatures froze its positions into the request and the signed
 * data); the new chain applies to documents issued from now on. The audit row keeps the old and the new order.
 */
export const setSigningChain = defineCommand({
  name: "signatures.setChain",
  permission: "signatures.chains",
  schema: ZSetChain,
  async run(tx, actor, input) {
    if (!(await visibleMunicipalityIds(tx, actor)).includes(input.municipalityId)) throw new AppError("NOT_FOUND");
    if (!isDocumentType(input.documentType)) throw new AppError("VALIDATION", { message: "signatures:errors.chainDocumentType" });
    const wanted = chainPositionIds(input);
    const positions = await tx.signingPosition.findMany({ where: { id: { in: wanted }, municipalityId: input.municipalityId }, select: { id: true, code: true } });
    const codeOf = new Map(positions.map((p) => [p.id, p.code]));
    const unknown = wanted.findIndex((id) => !codeOf.has(id));
    if (unknown >= 0) throw new AppError("VALIDATION", { fieldErrors: { [CHAIN_STEP_FIELDS[unknown]!]: "signatures:errors.chainPosition" } });

    const key = { documentType_municipalityId: { documentType: input.documentType, municipalityId: input.municipalityId } };
    const existing = await tx.signingChain.findUnique({ where: key, select: { id: true, steps: { orderBy: { step: "asc" }, select: { position: { select: { code: true } } } } } });
    const before = existing?.steps.map((s) => s.position.code) ?? [];
    const after = wanted.map((id) => codeOf.get(id)!);
    if (before.join() === after.join()) return { id: existing!.id, changed: false };

    const chain = existing ?? (await tx.signingChain.create({ data: { documentType: input.documentType, municipalityId: input.municipalityId }, select: { id: true } }));
    await tx.signingChainStep.deleteMany({ where: { chainId: chain.id } });
    await tx.signingChainStep.createMany({ data: wanted.map((positionId, i) => ({ chainId: chain.id, step: i + 1, positionId })) });
    await recordAudit(tx, actor, {
      action: "signatures.chain.set",
      entityType: "SigningChain",
      entityId: chain.id,
      municipalityId: input.municipalityId,
      before: existing ? { documentType: input.documentType, steps: before } : undefined,
      after: { documentType: input.documentType, steps: after },
    });
    return { id: chain.id, changed: true };
  },
});
