import { describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import { isLostConnection } from "@/lib/db-availability";

/**
 * What the worker survives (scripts/worker.ts): the error node-postgres emits on a client whose server session was
 * ended under it — produced here for real, by terminating the client's backend from another connection, the way
 * PostgreSQL ends every session when its postmaster dies or shuts down.
 */
describe("a lost connection, as node-postgres reports it", () => {
  it("is the FATAL error a client gets when its session is terminated while it sits between statements", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL, application_name: "lost-connection-test" });
    await client.connect();
    const pid = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
    const reported = new Promise<Error>((resolve) => client.once("error", resolve));
    await db.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
    const err = await reported;
    expect((err as { code?: string }).code).toBe("57P01");
    expect(isLostConnection(err)).toBe(true);
    // The client is dead: its next statement fails, it does not hang.
    await expect(client.query("SELECT 1")).rejects.toThrow();
    await client.end().catch(() => undefined);
  });

  it("is not any other error: a failed statement, a bug, or something that is not an Error", async () => {
    const failed = await db.$queryRaw`SELECT 1/0`.catch((e: unknown) => e);
    expect(isLostConnection(failed)).toBe(false);
    expect(isLostConnection(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isLostConnection({ code: "57P01", severity: "FATAL", message: "terminating connection" })).toBe(false);
    // Unreachable before any session existed: an outage, but not a connection lost under a client.
    expect(isLostConnection(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(false);
  });
});
