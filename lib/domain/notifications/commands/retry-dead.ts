import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { ZRetryDead } from "@/lib/domain/notifications/schemas";
import { AppError } from "@/lib/errors";
import { SECRET_MASK } from "@/lib/domain/notifications/templates";

/**
 * An admin puts a stopped (DEAD) message back in the queue, with a fresh set of attempts.
 * The outbox is not municipality-scoped (a message belongs to a person, not a place), so the
 * permission is the whole rule. The status is in the `where`: two admins clicking at once
 * retry it once.
 */
export const retryDeadCommand = defineCommand({
  name: "notifications.retryDead",
  permission: "notifications.retry",
  schema: ZRetryDead,
  async run(tx, actor, { id }) {
    const msg = await tx.outboxMessage.findUnique({
      where: { id },
      select: { id: true, status: true, attempts: true, lastError: true, template: true, params: true, sealedParams: true },
    });
    if (!msg) throw new AppError("NOT_FOUND");
    if (msg.status !== "DEAD") throw new AppError("INVALID_STATE", { message: "notifications:outbox.notDead" });
    // A one-time code or temporary password was erased when the message died: it cannot be sent again
    // (the person asks for a new code instead).
    const masked = Object.values((msg.params ?? {}) as Record<string, unknown>).includes(SECRET_MASK);
    if (masked && !msg.sealedParams) throw new AppError("INVALID_STATE", { message: "notifications:outbox.secretErased" });

    const { count } = await tx.outboxMessage.updateMany({
      where: { id, status: "DEAD" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lockedUntil: null, lastError: null },
    });
    if (count !== 1) throw new AppError("INVALID_STATE", { message: "notifications:outbox.notDead" });

    await recordAudit(tx, actor, {
      action: "notifications.retry",
      entityType: "OutboxMessage",
      entityId: id,
      before: { status: msg.status, attempts: msg.attempts, lastError: msg.lastError, template: msg.template },
      after: { status: "PENDING", attempts: 0 },
    });
    return { id };
  },
});

export function retryDead(actor: Actor, id: string): Promise<{ id: string }> {
  return retryDeadCommand.execute(actor, { id });
}
