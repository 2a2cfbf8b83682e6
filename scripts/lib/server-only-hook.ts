import { register } from "node:module";

/**
 * Scripts that run domain code outside Next (the worker, the benchmark) import this FIRST and then the
 * domain code with `await import(...)`: `server-only` (on lib/db.ts and every command and query) then
 * resolves to an empty module, as it does inside Next's server bundles. Client bundles still refuse it.
 */
const hook = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
