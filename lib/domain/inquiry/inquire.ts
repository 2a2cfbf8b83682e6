import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import type { Actor } from "@/lib/auth/actor";
import { createLimiter } from "@/lib/auth/rate-limit";
import { db, type DbOrTx } from "@/lib/db";
import { inquiryKind } from "@/lib/domain/inquiry/registry";
import type { InquiryAnswer, InquiryFact, InquiryKind, InquiryOwner, InquiryValues } from "@/lib/domain/inquiry/types";
import { actorNationalIdOrNull } from "@/lib/kernel/actor";

/**
 * The one public inquiry (issue 13). Malformed input is refused with field errors before anything is counted
 * or read; a well-formed inquiry costs one point of the per-client limit (the trusted client address of
 * lib/http/client-ip.ts), so numbers cannot be walked. Unknown and not-yours look the same.
 */
export const INQUIRY_POINTS = 30;
export const INQUIRY_WINDOW_SECONDS = 15 * 60;
const limiter = createLimiter("inquiry_ip", INQUIRY_POINTS, INQUIRY_WINDOW_SECONDS, { refuseFromMemory: true });

export type InquiryInput = { kind: string } & InquiryValues;

export type PublicAnswer = Omit<InquiryAnswer, "owner" | "ownerFacts"> & {
  /** The owner's details: present only when the signed-in person is the owner. */
  ownerFacts: InquiryFact[] | null;
  /** A code can be sent to the owner's mobile (shown masked: 05X XXX **67). */
  ownerMobileMasked: string | null;
};

export type InquiryOutcome =
  | { status: "INVALID"; fieldErrors: Record<string, string> }
  | { status: "RATE_LIMITED"; minutes: number }
  | { status: "NO_MATCH" }
  | { status: "FOUND"; answer: PublicAnswer };

/** Parses `input` with its kind: the kind and its key, or field errors. */
export function parseInquiry(input: InquiryInput): { ok: true; kind: InquiryKind; key: unknown } | { ok: false; fieldErrors: Record<string, string> } {
  const kind = inquiryKind(input.kind);
  if (!kind) return { ok: false, fieldErrors: { kind: "inquiry:errors.chooseKind" } };
  const parsed = kind.parse({ number: String(input.number ?? "").slice(0, 64), nationalId: String(input.nationalId ?? "").slice(0, 32) });
  return parsed.ok ? { ok: true, kind, key: parsed.key } : { ok: false, fieldErrors: parsed.fieldErrors };
}

/** 9665XXXXXXXX → "05X XXX **67": enough for the owner to recognise, not enough to call. */
export function maskMobile(e164: string): string {
  const local = `0${e164.slice(3)}`;
  return `${local.slice(0, 3)} ••• ••${local.slice(-2)}`;
}

async function isOwner(tx: DbOrTx, actor: Actor | null, owner: InquiryOwner | null): Promise<boolean> {
  if (!actor || !owner) return false;
  if (owner.userIds.includes(actor.userId)) return true;
  if (owner.nationalIds.length === 0) return false;
  const nationalId = await actorNationalIdOrNull(tx, actor);
  return !!nationalId && owner.nationalIds.includes(nationalId);
}

export function publicAnswer(answer: InquiryAnswer, ownerVisible: boolean): PublicAnswer {
  const { owner, ownerFacts, ...rest } = answer;
  return { ...rest, ownerFacts: ownerVisible ? ownerFacts : null, ownerMobileMasked: !ownerVisible && owner?.mobile ? maskMobile(owner.mobile) : null };
}

export async function inquire(input: InquiryInput, ip: string, actor: Actor | null, now: Date = new Date()): Promise<InquiryOutcome> {
  const parsed = parseInquiry(input);
  if (!parsed.ok) return { status: "INVALID", fieldErrors: parsed.fieldErrors };
  try {
    await limiter.consume(ip || "unknown", 1);
  } catch (e) {
    if (e instanceof RateLimiterRes) return { status: "RATE_LIMITED", minutes: Math.max(1, Math.ceil(e.msBeforeNext / 60_000)) };
    throw e;
  }
  const answer = await parsed.kind.find(db, parsed.key, now);
  if (!answer) return { status: "NO_MATCH" };
  const owner = answer.owner && (await isOwner(db, actor, answer.owner));
  return { status: "FOUND", answer: publicAnswer(answer, !!owner) };
}
