import { describe, expect, it } from "vitest";
import { badActionArguments, badActionBody, jsonDepth } from "@/lib/http/action-body";

describe("server action bodies Next cannot decode", () => {
  it.each([
    ["x", "not JSON"],
    ["", "empty body"],
    ["null", "not an argument list"],
    ['{"a":1}', "not an argument list"],
    ["[".repeat(20_000) + "]".repeat(20_000), "nested too deep"],
  ])("refuses %j", (body, reason) => {
    expect(badActionArguments(body.length > 100 ? body : body)).toBe(reason);
  });

  it("accepts what React's encodeReply sends", () => {
    expect(badActionArguments('[{"name":"x","lat":"24.7"}]')).toBeNull();
    expect(badActionArguments('["$K1"]')).toBeNull();
    expect(badActionArguments("[]")).toBeNull();
  });

  it("counts depth outside strings only", () => {
    expect(jsonDepth('["[[[[[[[[", {"a": [1]}]')).toBe(3);
    expect(jsonDepth('["\\"[["]')).toBe(1);
  });

  it("reads text and multipart requests", async () => {
    const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://x/ar", { method: "POST", body, headers });
    expect(await badActionBody(post("x", { "content-type": "text/plain;charset=UTF-8" }))).toBe("not JSON");
    expect(await badActionBody(post('[{"a":1}]', { "content-type": "text/plain;charset=UTF-8" }))).toBeNull();
    const form = new FormData();
    form.set("0", '[{"a":1}]');
    expect(await badActionBody(post(form))).toBeNull();
    const deep = new FormData();
    deep.set("0", "[".repeat(500) + "]".repeat(500));
    expect(await badActionBody(post(deep))).toBe("nested too deep");
    expect(await badActionBody(post("garbage", { "content-type": "multipart/form-data; boundary=zzz" }))).toBe("malformed multipart body");
  });
});
