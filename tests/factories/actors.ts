import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { isAppError, type AppError } from "@/lib/errors";

/** A seeded person as the app sees them after sign-in (by username, national ID or id). */
export async function actorOf(where: { username?: string; nationalId?: string; id?: string }): Promise<Actor> {
  const user = await db.user.findFirstOrThrow({ where });
  const actor = await loadActor(db, user.id);
  if (!actor) throw new Error("no actor");
  return actor;
}

/** The AppError a refused call throws (fails the test if it succeeds or throws something else). */
export async function errorOf(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!isAppError(e)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}
