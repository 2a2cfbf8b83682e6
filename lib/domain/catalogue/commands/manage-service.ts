import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { defineCommand } from "@/lib/domain/command";
import { expireAfterCommit } from "@/lib/kernel/public-cache";
import { recordAudit } from "@/lib/domain/audit/record";
import { searchTextOf } from "@/lib/domain/catalogue/normalize";
import { feeHalalasOf, linesOf, ZCreateService, ZServiceCodeOnly, ZUpdateService, type ServiceFields } from "@/lib/domain/catalogue/schemas";
import { eServiceWorkflow, type EServiceEvent } from "@/lib/domain/catalogue/workflow";
import { AppError } from "@/lib/errors";

/** The row's columns from the administrator's form (lists one item per line; searchText normalized once here). */
function columnsOf(input: Omit<ServiceFields, "code">, code: string) {
  return {
    category: input.category,
    audience: input.audience,
    nameAr: input.nameAr,
    nameEn: input.nameEn,
    descriptionAr: input.descriptionAr,
    descriptionEn: input.descriptionEn,
    departmentAr: input.departmentAr,
    departmentEn: input.departmentEn,
    channels: [...new Set(input.channels)],
    livePath: input.livePath === "" ? null : input.livePath,
    requiresLogin: input.requiresLogin,
    requirementsAr: linesOf(input.requirementsAr),
    requirementsEn: linesOf(input.requirementsEn),
    documentsAr: linesOf(input.documentsAr),
    documentsEn: linesOf(input.documentsEn),
    stepsAr: linesOf(input.stepsAr),
    stepsEn: linesOf(input.stepsEn),
    feeHalalas: feeHalalasOf(input.feeRiyals),
    feeAr: input.feeAr,
    feeEn: input.feeEn,
    durationAr: input.durationAr,
    durationEn: input.durationEn,
    searchText: searchTextOf({ ...input, code }),
  };
}

async function loadForEvent(tx: Tx, actor: Actor, code: string, event: EServiceEvent) {
  const row = await tx.eService.findUnique({ where: { code } });
  if (!row) throw new AppError("NOT_FOUND", { message: "catalogue:errors.notFound" });
  const step = eServiceWorkflow.transition(row.status, event, actor.roles, undefined);
  if (!step.ok) throw new AppError("INVALID_STATE", { message: `catalogue:errors.cannot.${event}` });
  return { row, to: step.to };
}

/** A new service, as a draft: nothing public until it is published. */
export const createService = defineCommand({
  name: "catalogue.create",
  permission: "catalogue.manage",
  schema: ZCreateService,
  async run(tx, actor, input) {
    await expireAfterCommit(tx, "catalogue"); // the public pages read it from the shared cache (lib/kernel/public-cache.ts)
    const taken = await tx.eService.findUnique({ where: { code: input.code }, select: { id: true } });
    if (taken) throw new AppError("VALIDATION", { fieldErrors: { code: "catalogue:errors.codeTaken" } });
    const last = await tx.eService.aggregate({ where: { category: input.category }, _max: { sortOrder: true } });
    const row = await tx.eService.create({
      data: { code: input.code, ...columnsOf(input, input.code), status: "DRAFT", active: false, sortOrder: (last._max.sortOrder ?? 0) + 10 },
      select: { id: true, code: true },
    });
    await recordAudit(tx, actor, { action: "catalogue.create", entityType: "EService", entityId: row.id, after: { ...input } });
    return { code: row.code };
  },
});

/** Edits a drafted or published service (a retired one is published again first). */
export const updateService = defineCommand({
  name: "catalogue.update",
  permission: "catalogue.manage",
  schema: ZUpdateService,
  async run(tx, actor, input) {
    await expireAfterCommit(tx, "catalogue"); // the public pages read it from the shared cache (lib/kernel/public-cache.ts)
    const { row } = await loadForEvent(tx, actor, input.code, "edit");
    const data = columnsOf(input, input.code);
    // The old status in the where: a retirement that committed meanwhile wins, this edit changes nothing.
    const done = await tx.eService.updateMany({ where: { id: row.id, status: row.status }, data });
    if (done.count !== 1) throw new AppError("CONFLICT", { message: "catalogue:errors.changedMeanwhile" });
    const before = Object.fromEntries(Object.keys(data).map((k) => [k, row[k as keyof typeof row]]));
    await recordAudit(tx, actor, { action: "catalogue.update", entityType: "EService", entityId: row.id, before, after: data });
    return { code: row.code };
  },
});

async function move(tx: Tx, actor: Actor, code: string, event: "publish" | "retire") {
  await expireAfterCommit(tx, "catalogue");
  const { row, to } = await loadForEvent(tx, actor, code, event);
  const done = await tx.eService.updateMany({ where: { id: row.id, status: row.status }, data: { status: to, active: to === "PUBLISHED" } });
  if (done.count !== 1) throw new AppError("CONFLICT", { message: "catalogue:errors.changedMeanwhile" });
  await recordAudit(tx, actor, { action: `catalogue.${event}`, entityType: "EService", entityId: row.id, before: { status: row.status }, after: { status: to } });
  return { code: row.code, status: to };
}

/** Publishes a draft (or a retired service again): it appears in the catalogue and its guide opens. */
export const publishService = defineCommand({
  name: "catalogue.publish",
  permission: "catalogue.manage",
  schema: ZServiceCodeOnly,
  run: (tx, actor, input) => move(tx, actor, input.code, "publish"),
});

/** Retires a service: it disappears from the catalogue, the home page and its public guide. */
export const retireService = defineCommand({
  name: "catalogue.retire",
  permission: "catalogue.manage",
  schema: ZServiceCodeOnly,
  run: (tx, actor, input) => move(tx, actor, input.code, "retire"),
});
