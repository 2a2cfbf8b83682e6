import { describe, expect, it } from "vitest";
import { loadedSchema } from "@/components/forms/schema-source";
import * as z from "@/lib/zod";

const ZName = z.object({ name: z.string().trim().min(1) });
const options = { shouldUseNativeValidation: false, fields: {} } as never;

describe("loadedSchema (a form's schema, given or imported on first use)", () => {
  it("validates with a schema given as is", async () => {
    const s = loadedSchema(ZName);
    expect((await s.resolver({ name: "" }, undefined, options)).errors).toHaveProperty("name");
    expect((await s.resolver({ name: " x " }, undefined, options)).values).toEqual({ name: "x" });
  });

  it("waits for a loader, calls it once however many validations start before it answers", async () => {
    let calls = 0;
    let answer!: (s: typeof ZName) => void;
    const s = loadedSchema(() => {
      calls++;
      return new Promise<typeof ZName>((r) => (answer = r));
    });
    const first = s.resolver({ name: "" }, undefined, options);
    const second = s.resolver({ name: "a" }, undefined, options);
    void s.load();
    answer(ZName);
    expect((await first).errors).toHaveProperty("name");
    expect((await second).values).toEqual({ name: "a" });
    expect(calls).toBe(1);
  });

  it("tries the loader again after it failed (a chunk that did not arrive), instead of failing every validation", async () => {
    let calls = 0;
    const s = loadedSchema(async () => {
      if (++calls === 1) throw new Error("ChunkLoadError");
      return ZName;
    });
    await expect(s.resolver({ name: "a" }, undefined, options)).rejects.toThrow("ChunkLoadError");
    expect((await s.resolver({ name: "a" }, undefined, options)).values).toEqual({ name: "a" });
    expect(calls).toBe(2);
  });
});
