import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { compareSettlement, type SettlementComparison } from "@/lib/domain/payments/queries/reconciliation";
import { ZSettlementUpload } from "@/lib/domain/payments/schemas-ui";
import { parseSettlementFile, SettlementFileError } from "@/lib/domain/payments/settlement-file";
import { AppError } from "@/lib/errors";

/**
 * Finance uploads the bank's daily settlement file; it is parsed and compared in memory (nothing of
 * it is stored) and the rows that match no recorded payment come back. The audit row says who
 * compared which file and what came out.
 */
export const reconcileUpload = defineCommand({
  name: "payments.reconcileUpload",
  permission: "payments.reconcile",
  schema: ZSettlementUpload,
  run: async (tx, actor, input): Promise<SettlementComparison> => {
    let rows;
    try {
      rows = parseSettlementFile(input.content);
    } catch (e) {
      if (e instanceof SettlementFileError) throw new AppError("VALIDATION", { fieldErrors: { file: e.messageKey } });
      throw e;
    }
    const result = await compareSettlement(tx, actor, rows);
    await recordAudit(tx, actor, {
      action: "payments.reconcileUpload",
      entityType: "SettlementFile",
      entityId: input.fileName,
      after: { rows: result.total, matched: result.matched, unmatched: result.issues.length },
    });
    return result;
  },
});
