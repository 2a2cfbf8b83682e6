import { describe, expect, it } from "vitest";
import { doneMessageKey, inSentence } from "@/components/forms/command-done";

describe("doneMessageKey", () => {
  it("is the bare key when the message has no parameters", () => {
    expect(doneMessageKey({ key: "appointments:holidays.removed" }, { ok: 1 })).toBe("appointments:holidays.removed");
    expect(doneMessageKey({ key: "kiosks:fleet.disabled" }, undefined)).toBe("kiosks:fleet.disabled");
  });

  it("takes parameters from the command's result, beside the fixed ones, encoded as the slot reads them", () => {
    const key = doneMessageKey(
      { key: "permitsAfterIssue:permit.clearanceIssued", params: { kind: "كهرباء" }, resultParams: { number: "clearanceNo" } },
      { clearanceNo: "CL-2026/0001" },
    );
    expect(key).toBe("permitsAfterIssue:permit.clearanceIssued?kind=%D9%83%D9%87%D8%B1%D8%A8%D8%A7%D8%A1&number=CL-2026%2F0001");
    expect(Object.fromEntries(new URLSearchParams(key.split("?")[1]))).toEqual({ kind: "كهرباء", number: "CL-2026/0001" });
  });

  it("says the chain is complete only when the command answers complete: true", () => {
    const done = { key: "signatures:queue.signed", completeKey: "signatures:queue.signedComplete" };
    expect(doneMessageKey(done, { complete: true })).toBe("signatures:queue.signedComplete");
    expect(doneMessageKey(done, { complete: false })).toBe("signatures:queue.signed");
    expect(doneMessageKey(done, { complete: "yes" })).toBe("signatures:queue.signed");
    expect(doneMessageKey({ key: "x:y" }, { complete: true })).toBe("x:y");
  });

  it("writes an empty parameter, not 'undefined', when the result lacks the field", () => {
    expect(doneMessageKey({ key: "a:b", resultParams: { number: "no" } }, {})).toBe("a:b?number=");
  });
});

describe("inSentence", () => {
  it("drops the capital of a first word, keeps an acronym's, leaves Arabic alone", () => {
    expect(inSentence("Rotate key")).toBe("rotate key");
    expect(inSentence("Remove")).toBe("remove");
    expect(inSentence("SMS again")).toBe("SMS again");
    expect(inSentence("تدوير المفتاح")).toBe("تدوير المفتاح");
    expect(inSentence("")).toBe("");
  });
});
