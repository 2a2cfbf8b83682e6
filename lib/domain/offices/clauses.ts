import type { AnyActor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/record";
import { checkDigitNumber } from "@/lib/kernel/check-digits";
import { STANDARD_CLAUSES, type ClauseSpec, type ServiceTypeCode } from "./clause-set";
import { STANDARD_SERVICE_LEVELS } from "./rules";

export * from "./clause-set";

export type ContractInput = {
  startsAt: Date;
  endsAt: Date;
  municipalityIds: string[];
  serviceTypes: ServiceTypeCode[];
  maxMedianHours?: number;
  maxSlaBreachPercent?: number;
  maxReturnPercent?: number;
  spotCheckPercent?: number;
  /** Defaults to STANDARD_CLAUSES. */
  clauses?: readonly ClauseSpec[];
};

export async function nextContractNumber(tx: Tx): Promise<string> {
  const [{ n }] = await tx.$queryRaw<[{ n: bigint }]>`SELECT nextval('contract_number_seq') AS n`;
  return checkDigitNumber("CT", n);
}

/**
 * Creates the office's contract with its clauses, and ends any earlier ACTIVE contract of the office
 * (one active contract at a time). Call inside the command's transaction; writes the audit row.
 */
export async function createContract(
  tx: Tx,
  actor: AnyActor,
  office: { id: string; code: string },
  input: ContractInput,
): Promise<{ id: string; number: string }> {
  const createdById = "system" in actor ? null : actor.userId;
  await tx.officeContract.updateMany({ where: { officeId: office.id, status: "ACTIVE" }, data: { status: "ENDED" } });
  const number = await nextContractNumber(tx);
  const clauses = input.clauses ?? STANDARD_CLAUSES;
  const contract = await tx.officeContract.create({
    data: {
      number,
      officeId: office.id,
      status: "ACTIVE",
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      municipalityIds: input.municipalityIds,
      serviceTypes: input.serviceTypes,
      maxMedianHours: input.maxMedianHours ?? STANDARD_SERVICE_LEVELS.maxMedianHours,
      maxSlaBreachPercent: input.maxSlaBreachPercent ?? STANDARD_SERVICE_LEVELS.maxSlaBreachPercent,
      maxReturnPercent: input.maxReturnPercent ?? STANDARD_SERVICE_LEVELS.maxReturnPercent,
      spotCheckPercent: input.spotCheckPercent ?? STANDARD_SERVICE_LEVELS.spotCheckPercent,
      createdById: createdById ?? "system",
      clauses: { create: clauses.map((c) => ({ ...c })) },
    },
    select: { id: true, number: true },
  });
  await recordAudit(tx, actor, {
    action: "offices.createContract",
    entityType: "OfficeContract",
    entityId: contract.id,
    before: null,
    after: {
      number,
      office: office.code,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      municipalityIds: input.municipalityIds,
      serviceTypes: input.serviceTypes,
      clauses: clauses.map((c) => c.code),
    },
  });
  return contract;
}
