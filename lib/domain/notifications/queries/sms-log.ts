import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { devSmsEnabled } from "@/lib/env";
import { normalizeSaudiMobile } from "@/lib/domain/identity/mobile";
import { toLatinDigits } from "@/lib/kernel/digits";
import type { OutboxStatusFilter } from "@/lib/domain/notifications/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";

export const SMS_PAGE_SIZE = 50;

export type Paged<T> = { rows: T[]; total: number; page: number; pageSize: number };

export type DevSmsDTO = { id: string; outboxId: string; to: string; body: string; createdAt: Date };

export type OutboxDTO = {
  id: string;
  to: string;
  template: string;
  locale: "ar" | "en";
  body: string;
  status: OutboxStatusFilter;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  providerId: string | null;
  createdAt: Date;
  sentAt: Date | null;
};

const skipTake = (page: number) => ({ skip: (Math.max(1, Math.trunc(page) || 1) - 1) * SMS_PAGE_SIZE, take: SMS_PAGE_SIZE });

/**
 * What the development provider "sent", newest first, with secrets masked (never a code or a password).
 * Admins read notices here during tests and demos; off in production unless SMS_DEV_IN_PRODUCTION=on.
 * A full number matches exactly in any spelling (05…, +966…); a fragment matches anywhere.
 */
export async function listSmsLog(actor: Actor, filters: { to?: string; page: number }): Promise<Paged<DevSmsDTO>> {
  // The page checks too; repeating it here keeps the query safe wherever it is called from.
  if (!devSmsEnabled()) throw new AppError("NOT_FOUND");
  if (!rolesAllow(actor.roles, "sms.log.read")) throw new AppError("FORBIDDEN");
  const where: Prisma.DevSmsMessageWhereInput = {};
  if (filters.to) {
    const full = normalizeSaudiMobile(filters.to);
    const fragment = toLatinDigits(filters.to).replace(/\D/g, "");
    if (full) where.to = full;
    else if (fragment) where.to = { contains: fragment };
  }
  const [rows, total] = await Promise.all([
    db.devSmsMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, outboxId: true, to: true, body: true, createdAt: true },
      ...skipTake(filters.page),
    }),
    db.devSmsMessage.count({ where }),
  ]);
  return { rows, total, page: Math.max(1, Math.trunc(filters.page) || 1), pageSize: SMS_PAGE_SIZE };
}

/** The outbox for admins (the page checks `notifications.retry`), newest first. */
export async function listOutbox(
  actor: Actor,
  filters: { status?: OutboxStatusFilter; page: number },
): Promise<Paged<OutboxDTO>> {
  if (!rolesAllow(actor.roles, "notifications.retry")) throw new AppError("FORBIDDEN");
  const where: Prisma.OutboxMessageWhereInput = filters.status ? { status: filters.status } : {};
  const [rows, total] = await Promise.all([
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        to: true,
        template: true,
        locale: true,
        body: true,
        status: true,
        attempts: true,
        nextAttemptAt: true,
        lastError: true,
        providerId: true,
        createdAt: true,
        sentAt: true,
      },
      ...skipTake(filters.page),
    }),
    db.outboxMessage.count({ where }),
  ]);
  return { rows, total, page: Math.max(1, Math.trunc(filters.page) || 1), pageSize: SMS_PAGE_SIZE };
}
