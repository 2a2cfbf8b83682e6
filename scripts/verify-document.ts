/**
 * `npm run verify:document -- <signed document> [--jwks <file or URL>]`
 *
 * Checks a signed document (the QR's content: `AMS1.…`, or the whole `…/verify/offline#AMS1.…` link) against the
 * published signing keys, with the same code as the offline page (lib/domain/signatures/compact.ts). Keys come
 * from --jwks (a saved JWKS file: fully offline, or a URL), else from PUBLIC_BASE_URL/.well-known/jwks.json.
 * Exit code 0: valid and complete; 1: refused (the reason is printed); 2: usage or keys unavailable.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { verifyCompact, type PublishedKeySet } from "../lib/domain/signatures/compact";
import { loadDotEnv } from "./lib/tasks";

loadDotEnv();

async function keys(source: string): Promise<PublishedKeySet> {
  if (/^https?:\/\//.test(source)) {
    const res = await fetch(source);
    if (!res.ok) throw new Error(`${source}: HTTP ${res.status}`);
    return (await res.json()) as PublishedKeySet;
  }
  return JSON.parse(fs.readFileSync(source, "utf8")) as PublishedKeySet;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { jwks: { type: "string" } } });
  const payload = positionals[0];
  if (!payload) {
    console.error("usage: npm run verify:document -- <AMS1.… | …/verify/offline#AMS1.…> [--jwks <file or URL>]");
    return 2;
  }
  const source = values.jwks ?? `${(process.env.PUBLIC_BASE_URL || "http://localhost:3000").replace(/\/+$/, "")}/.well-known/jwks.json`;
  let keySet: PublishedKeySet;
  try {
    keySet = await keys(source);
  } catch (err) {
    console.error(`cannot read the signing keys (${err instanceof Error ? err.message : String(err)})`);
    return 2;
  }
  const outcome = await verifyCompact(payload, keySet);
  if (outcome.document) console.log(`document: ${JSON.stringify(outcome.document)}`);
  for (const s of outcome.signatures ?? []) {
    console.log(`step ${s.step}: ${s.nameEn ?? s.kid} (${s.pos})${s.delegated ? " by delegation" : ""} at ${new Date(s.at * 1000).toISOString()} [key ${s.kid}]`);
  }
  if (outcome.ok) {
    console.log("VALID: signed by the complete chain");
    return 0;
  }
  console.log(`REFUSED: ${outcome.reason}${outcome.step ? ` (step ${outcome.step})` : ""}`);
  return 1;
}

main().then((code) => process.exit(code));
