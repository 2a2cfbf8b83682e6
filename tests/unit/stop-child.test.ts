/**
 * `stopChild` (scripts/lib/supervisor.ts), which the bench and the soak use to stop the servers they start: it
 * resolves once the child has exited, whether it was running, had already exited, or had been ended by a signal
 * (its exitCode stays null then, and waiting for "exit" again would never end).
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { stopChild } from "../../scripts/lib/supervisor";

const sleeper = () => spawn(process.execPath, ["-e", "setTimeout(() => {}, 60_000)"], { stdio: "ignore" });

describe("stopChild", () => {
  it("stops a running child and resolves when it has exited", async () => {
    const child = sleeper();
    await once(child, "spawn");
    await stopChild(child);
    expect(child.signalCode).toBe("SIGTERM");
    expect(child.exitCode).toBeNull();
  });

  it("resolves at once for a child already ended by a signal, and for one that exited by itself", async () => {
    const killed = sleeper();
    await once(killed, "spawn");
    killed.kill("SIGKILL");
    await once(killed, "exit");
    await stopChild(killed); // would hang if it waited for another "exit"
    expect(killed.signalCode).toBe("SIGKILL");

    const done = spawn(process.execPath, ["-e", "process.exit(3)"], { stdio: "ignore" });
    await once(done, "exit");
    await stopChild(done);
    expect(done.exitCode).toBe(3);
  });

  it("sends the signal it is given", async () => {
    const child = sleeper();
    await once(child, "spawn");
    await stopChild(child, "SIGINT");
    expect(child.signalCode).toBe("SIGINT");
  });
});
