/**
 * Runs the long-lived children of the run command and the e2e server (the Next.js server, the
 * notifications worker), prefixes their output, notices when one dies, and stops them all.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "./database";

const EXIT_WITH_PARENT = path.join(path.dirname(fileURLToPath(import.meta.url)), "exit-with-parent.cjs");

type Managed = { name: string; proc: ChildProcess; done: Promise<void> };

export class Supervisor {
  private readonly children: Managed[] = [];
  private stopping = false;

  /** `onUnexpectedExit` is called once when a child exits while nobody asked it to. */
  constructor(private readonly onUnexpectedExit: (name: string, code: number | null, signal: NodeJS.Signals | null) => void) {}

  get isStopping(): boolean {
    return this.stopping;
  }

  start(name: string, file: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
    const nodeOptions = [env.NODE_OPTIONS, `--require ${JSON.stringify(EXIT_WITH_PARENT)}`].filter(Boolean).join(" ");
    // Same process group as ours: Ctrl-C in a terminal and Playwright's group signal reach them too.
    const proc = spawn(file, args, { cwd: PROJECT_ROOT, env: { ...env, NODE_OPTIONS: nodeOptions }, stdio: ["ignore", "pipe", "pipe"] });
    const prefix = `[${name}]`.padEnd(9);
    for (const stream of [proc.stdout, proc.stderr]) {
      const out = stream === proc.stdout ? process.stdout : process.stderr;
      readline.createInterface({ input: stream! }).on("line", (line) => out.write(`${prefix} ${line}\n`));
    }
    const done = new Promise<void>((resolve) => {
      proc.on("error", (err) => {
        console.error(`${prefix} could not start: ${err.message}`);
        resolve();
        this.exited(name, 1, null);
      });
      proc.on("exit", (code, signal) => {
        resolve();
        this.exited(name, code, signal);
      });
    });
    this.children.push({ name, proc, done });
    return proc;
  }

  private exited(name: string, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.stopping) return;
    // A Ctrl-C reaches the children and us at the same moment: give our own signal handler a chance
    // to run first so that an ordinary stop is not mistaken for a crash.
    setTimeout(() => {
      if (!this.stopping) this.onUnexpectedExit(name, code, signal);
    }, 500);
  }

  /** SIGTERM to every child still running; SIGKILL after `timeoutMs`. */
  async stopAll(timeoutMs = 10_000): Promise<void> {
    this.stopping = true;
    await Promise.all(
      this.children.map(async ({ proc, done }) => {
        if (proc.exitCode !== null || proc.signalCode !== null) return;
        proc.kill("SIGTERM");
        const timer = setTimeout(() => proc.kill("SIGKILL"), timeoutMs);
        await done;
        clearTimeout(timer);
      }),
    );
  }
}

/**
 * Sends `signal` to a child still running and resolves when it has exited. A child that is already gone resolves at
 * once; one ended by a signal keeps `exitCode` null, so `signalCode` is checked too (waiting for its "exit" event
 * then would never end).
 */
export function stopChild(proc: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((r) => proc.once("exit", () => r()));
  proc.kill(signal);
  return exited;
}

/** Resolves once `url` answers HTTP (any status below 500); rejects after `timeoutMs` or if `abort` fires. */
export async function waitForHttp(url: string, timeoutMs: number, abort?: AbortSignal): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (abort?.aborted) throw new Error("stopped while waiting for the server");
    try {
      const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
      await res.body?.cancel();
      if (res.status < 500) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
