import { isSystemActor, type AnyActor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { redact } from "@/lib/domain/audit/redact";

export type AuditEntry = {
  /** A verb in dotted form, e.g. "license.approve", "notifications.retry". */
  action: string;
  entityType: string;
  entityId: string;
  municipalityId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

export function actorLabelOf(actor: AnyActor): string {
  return isSystemActor(actor) ? `system:${actor.system}` : actor.label;
}

/**
 * Appends one AuditLog row. It takes a transaction on purpose: the row is written in the same
 * transaction as the change it describes, so there is never a change without its audit row
 * (nor an audit row for a change that rolled back). The table refuses UPDATE/DELETE
 * (prisma/sql/audit-append-only.sql), hence secrets are redacted before they are written.
 */
export async function recordAudit(tx: Tx, actor: AnyActor, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: isSystemActor(actor) ? null : actor.userId,
      actorLabel: actorLabelOf(actor),
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      municipalityId: entry.municipalityId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
      ip: entry.ip ?? null,
    },
  });
}

/** `undefined` leaves the column NULL (a JSON `null` would be a different thing to query). */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return redact(value) as Prisma.InputJsonValue;
}
