import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { base64url, canonicalJson, encodePayload } from "@/lib/domain/signatures/canonical";
import { verifyCompact, type PublishedKey, type PublishedKeySet } from "@/lib/domain/signatures/compact";
import { newSigningKey, signWith } from "@/lib/domain/signatures/keys";
import { capacityFor, decideSignature, delegationWindowProblem, type Delegation, type Holding } from "@/lib/domain/signatures/rules";

describe("RFC 8785 canonical JSON", () => {
  it("sorts keys, formats numbers the ECMAScript way and escapes minimally", () => {
    expect(canonicalJson({ b: 1, a: [true, null, "x"], c: { z: 1e21, y: 0.5, x: -0 } })).toBe('{"a":[true,null,"x"],"b":1,"c":{"x":0,"y":0.5,"z":1e+21}}');
    expect(canonicalJson({ "\u20ac": 1, "\r": 2, "1": 3 })).toBe('{"\\r":2,"1":3,"€":1}');
    expect(canonicalJson({ ar: "بلدية وسط الدمام", esc: '"\\\n' })).toBe('{"ar":"بلدية وسط الدمام","esc":"\\"\\\\\\n"}');
  });
  it("gives the same bytes whatever the key order of the input", () => {
    expect(encodePayload({ n: "L1", m: "EP", ch: ["a", "b"] })).toBe(encodePayload({ ch: ["a", "b"], m: "EP", n: "L1" }));
  });
});

// A chain signed the way commands/sign.ts signs, with keys made here.
const CHAIN = ["EP-DMM-C/HEAD", "EP-DMM-C/DIRECTOR"];
const T0 = 1_780_000_000;
type Signer = { key: ReturnType<typeof newSigningKey>; published: PublishedKey };
function signer(auth: PublishedKey["auth"], extra: Partial<PublishedKey> = {}): Signer {
  const key = newSigningKey();
  return { key, published: { ...key.publicJwk, kid: key.kid, iat: T0 - 100, auth, ...extra } };
}
function sign(compact: string, s: Signer, header: Record<string, unknown>): string {
  const input = `${compact}.${base64url(canonicalJson({ kid: s.key.kid, ...header }))}`;
  return `${input}.${signWith(s.key.privateSealed, input)}`;
}
const head = signer([{ pos: CHAIN[0]!, nbf: T0 - 1000 }], { name: "رئيس القسم" });
const director = signer([{ pos: CHAIN[1]!, nbf: T0 - 1000 }]);
const deputy = signer([{ pos: CHAIN[1]!, nbf: T0 - 10, exp: T0 + 1000, dlg: true }]);
const outsider = signer([{ pos: "EP-DMM-C/OTHER", nbf: T0 - 1000 }]);
const keySet = (...s: Signer[]): PublishedKeySet => ({ keys: s.map((x) => x.published), revoked: [] });
const all = keySet(head, director, deputy, outsider);
const doc = `AMS1.${encodePayload({ t: "LICENSE_CERTIFICATE", n: "L26000001", ch: CHAIN })}`;
const step1 = sign(doc, head, { s: 1, pos: CHAIN[0], at: T0 });
const complete = sign(step1, director, { s: 2, pos: CHAIN[1], at: T0 + 60 });

describe("the compact signed form", () => {
  it("verifies a complete chain and names the signers", async () => {
    const r = await verifyCompact(complete, all);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.document.n).toBe("L26000001");
      expect(r.signatures.map((s) => [s.step, s.pos, s.delegated])).toEqual([[1, CHAIN[0], false], [2, CHAIN[1], false]]);
      expect(r.signatures[0]!.name).toBe("رئيس القسم");
    }
    // the QR link form (…/verify/offline#AMS1…) verifies the same
    expect((await verifyCompact(`https://x.example/ar/verify/offline#${complete}`, all)).ok).toBe(true);
  });

  it("accepts a step signed by a delegate in the delegation window, flagged as such", async () => {
    const r = await verifyCompact(sign(step1, deputy, { s: 2, pos: CHAIN[1], at: T0 + 60, d: 1 }), all);
    expect(r.ok && r.signatures[1]!.delegated).toBe(true);
  });

  it("refuses a delegate's signature outside the window, or one not flagged as delegated", async () => {
    expect(await verifyCompact(sign(step1, deputy, { s: 2, pos: CHAIN[1], at: T0 + 5000, d: 1 }), all)).toMatchObject({ ok: false, reason: "notInChain", step: 2 });
    expect(await verifyCompact(sign(step1, deputy, { s: 2, pos: CHAIN[1], at: T0 + 60 }), all)).toMatchObject({ ok: false, reason: "notInChain" });
  });

  it("refuses a tampered payload", async () => {
    const parts = complete.split(".");
    const data = JSON.parse(Buffer.from(parts[1]!, "base64url").toString()) as Record<string, unknown>;
    parts[1] = encodePayload({ ...data, n: "L26000002" });
    expect(await verifyCompact(parts.join("."), all)).toMatchObject({ ok: false, reason: "badSignature", step: 1 });
    // a flipped signature byte
    const sig = Buffer.from(parts[3]!, "base64url");
    sig[0] = sig[0]! ^ 1;
    const p2 = complete.split(".");
    p2[3] = sig.toString("base64url");
    expect(await verifyCompact(p2.join("."), all)).toMatchObject({ ok: false, reason: "badSignature" });
  });

  it("refuses a revoked key, and a key nobody published", async () => {
    expect(await verifyCompact(complete, { keys: all.keys.filter((k) => k.kid !== director.key.kid), revoked: [director.key.kid] })).toMatchObject({ ok: false, reason: "revokedKey", step: 2 });
    expect(await verifyCompact(complete, keySet(head))).toMatchObject({ ok: false, reason: "unknownKey", step: 2 });
  });

  it("refuses a signature by someone outside the chain", async () => {
    expect(await verifyCompact(sign(step1, outsider, { s: 2, pos: CHAIN[1], at: T0 + 60 }), all)).toMatchObject({ ok: false, reason: "notInChain", step: 2 });
  });

  it("refuses a chain signed out of order", async () => {
    // the director signs first
    expect(await verifyCompact(sign(doc, director, { s: 1, pos: CHAIN[1], at: T0 }), all)).toMatchObject({ ok: false, reason: "outOfOrder", step: 1 });
    // claims step 2 as the first signature
    expect(await verifyCompact(sign(doc, director, { s: 2, pos: CHAIN[1], at: T0 }), all)).toMatchObject({ ok: false, reason: "outOfOrder" });
    // the second signature dated before the first
    expect(await verifyCompact(sign(step1, director, { s: 2, pos: CHAIN[1], at: T0 - 60 }), all)).toMatchObject({ ok: false, reason: "outOfOrder", step: 2 });
    // signatures swapped between documents: step 2 re-attached to another step 1 does not verify
    const otherStep1 = sign(doc, head, { s: 1, pos: CHAIN[0], at: T0 + 1 });
    const tail = complete.split(".").slice(4).join(".");
    expect(await verifyCompact(`${otherStep1}.${tail}`, all)).toMatchObject({ ok: false, reason: "badSignature", step: 2 });
  });

  it("says incomplete while the chain is not finished, and refuses garbage", async () => {
    expect(await verifyCompact(step1, all)).toMatchObject({ ok: false, reason: "incomplete" });
    for (const bad of ["", "AMS1", "AMS2.e30", "AMS1.!!!", `${complete}.x`, "AMS1.e30"]) expect((await verifyCompact(bad, all)).ok).toBe(false);
  });

  it("refuses a signature made after its key was retired", async () => {
    const retired = { ...director.published, exp: T0 + 30 };
    expect(await verifyCompact(complete, { keys: [head.published, retired] })).toMatchObject({ ok: false, reason: "keyNotValidThen", step: 2 });
  });

  it("keeps the private key sealed, and the signature is standard Ed25519", () => {
    const k = newSigningKey();
    expect(k.privateSealed.startsWith("v1.")).toBe(true);
    const sig = signWith(k.privateSealed, "abc");
    const pub = crypto.createPublicKey({ key: { ...k.publicJwk }, format: "jwk" });
    expect(crypto.verify(null, Buffer.from("abc"), pub, Buffer.from(sig, "base64url"))).toBe(true);
  });

  it("the QR form of a two-step chain stays small enough for a QR code", () => {
    expect(complete.length).toBeLessThan(900);
  });
});

describe("chain rules", () => {
  const at = new Date("2026-12-03T09:00:00Z");
  const hold = (positionId: string): Holding => ({ positionId, since: new Date("2026-01-01"), until: null });
  const dlg = (positionId: string, startsAt: string, endsAt: string, revokedAt: Date | null = null): Delegation => ({ id: "d1", positionId, delegatorId: "dir", startsAt: new Date(startsAt), endsAt: new Date(endsAt), revokedAt });
  const base = { positionIds: ["HEAD", "DIR"], signerIds: [] as string[], actorId: "me", delegations: [] as Delegation[], at };

  it("lets the holder of the next step sign, and only them", () => {
    expect(decideSignature({ ...base, holdings: [hold("HEAD")] })).toMatchObject({ ok: true, step: 1, positionId: "HEAD", capacity: { kind: "holder" } });
    expect(decideSignature({ ...base, signerIds: ["x"], holdings: [hold("DIR")] })).toMatchObject({ ok: true, step: 2 });
  });
  it("refuses out of order: the director before the section head", () => {
    expect(decideSignature({ ...base, holdings: [hold("DIR")] })).toEqual({ ok: false, reason: "outOfOrder" });
  });
  it("refuses someone outside the chain", () => {
    expect(decideSignature({ ...base, holdings: [hold("OTHER")] })).toEqual({ ok: false, reason: "notInChain" });
    expect(decideSignature({ ...base, holdings: [{ positionId: "HEAD", since: new Date("2026-01-01"), until: new Date("2026-06-01") }] })).toEqual({ ok: false, reason: "notInChain" });
  });
  it("refuses a second signature by the same person and a complete chain", () => {
    expect(decideSignature({ ...base, signerIds: ["me"], holdings: [hold("HEAD"), hold("DIR")] })).toEqual({ ok: false, reason: "alreadySigned" });
    expect(decideSignature({ ...base, signerIds: ["a", "b"], holdings: [hold("DIR")] })).toEqual({ ok: false, reason: "complete" });
  });
  it("a delegate signs only inside the delegation window and until it is revoked", () => {
    const inside = dlg("DIR", "2026-12-01T00:00:00Z", "2026-12-10T00:00:00Z");
    expect(decideSignature({ ...base, signerIds: ["x"], holdings: [], delegations: [inside] })).toMatchObject({ ok: true, capacity: { kind: "delegate", delegation: { delegatorId: "dir" } } });
    expect(capacityFor("DIR", at, [], [dlg("DIR", "2026-12-04T00:00:00Z", "2026-12-10T00:00:00Z")])).toBeNull();
    expect(capacityFor("DIR", at, [], [dlg("DIR", "2026-11-01T00:00:00Z", "2026-12-03T09:00:00Z")])).toBeNull(); // ends exactly now
    expect(capacityFor("DIR", at, [], [dlg("DIR", "2026-12-01T00:00:00Z", "2026-12-10T00:00:00Z", new Date("2026-12-02"))])).toBeNull();
  });
  it("checks a delegation's window", () => {
    const now = new Date("2026-12-03T00:00:00Z");
    expect(delegationWindowProblem(new Date("2026-12-05"), new Date("2026-12-04"), now)).toBe("endsBeforeStart");
    expect(delegationWindowProblem(new Date("2026-11-01"), new Date("2026-12-01"), now)).toBe("endsInPast");
    expect(delegationWindowProblem(new Date("2026-12-03"), new Date("2027-06-03"), now)).toBe("tooLong");
    expect(delegationWindowProblem(new Date("2026-12-03"), new Date("2026-12-10"), now)).toBeNull();
  });
});
