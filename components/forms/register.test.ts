import { describe, expect, it } from "vitest";
import { useForm } from "react-hook-form";
import { isChosen, registerCheck, registerChoice, registerField, textDefault } from "@/components/forms/register";

describe("textDefault", () => {
  it("writes strings and finite numbers, nothing else", () => {
    expect(textDefault("050 123 4567")).toBe("050 123 4567");
    expect(textDefault("")).toBe("");
    expect(textDefault(40)).toBe("40");
    expect(textDefault(0)).toBe("0");
    expect(textDefault(Number.NaN)).toBeUndefined();
    expect(textDefault(undefined)).toBeUndefined();
    expect(textDefault(null)).toBeUndefined();
    expect(textDefault({ a: 1 })).toBeUndefined();
    expect(textDefault(true)).toBeUndefined();
  });
});

describe("isChosen", () => {
  it("matches one value or a list of them, numbers as their text", () => {
    expect(isChosen("ar", "ar")).toBe(true);
    expect(isChosen("ar", "en")).toBe(false);
    expect(isChosen(["m1", "m3"], "m3")).toBe(true);
    expect(isChosen(["m1", "m3"], "m2")).toBe(false);
    expect(isChosen(4, "4")).toBe(true);
    expect(isChosen(undefined, "")).toBe(false);
    expect(isChosen(null, "null")).toBe(false);
  });
});

/** A stand-in for the form: the real `register` needs a hook; what these functions add is read from formState. */
function fakeForm(defaultValues: unknown) {
  const register = ((name: string) => ({ name, onChange: async () => {}, onBlur: async () => {}, ref: () => {} })) as unknown as ReturnType<typeof useForm>["register"];
  return { register, formState: { defaultValues } };
}

describe("register helpers", () => {
  const form = fakeForm({ mobile: "0501234567", area: 40, note: null, owner: { name: "سارة" }, preferredLocale: "en", channels: ["WEB", "KIOSK"], confirm: true });

  it("gives a text control its default, nested names included, and nothing when there is none", () => {
    expect(registerField(form, "mobile")).toMatchObject({ name: "mobile", defaultValue: "0501234567" });
    expect(registerField(form, "area").defaultValue).toBe("40");
    expect(registerField(form, "owner.name").defaultValue).toBe("سارة");
    expect("defaultValue" in registerField(form, "note")).toBe(false);
    expect("defaultValue" in registerField(form, "missing")).toBe(false);
    expect("defaultValue" in registerField(fakeForm(undefined), "mobile")).toBe(false);
  });

  it("checks the radio and the checkboxes of the default, and a confirmation only when true", () => {
    expect(registerChoice(form, "preferredLocale", "en")).toMatchObject({ name: "preferredLocale", value: "en", defaultChecked: true });
    expect(registerChoice(form, "preferredLocale", "ar").defaultChecked).toBe(false);
    expect(registerChoice(form, "channels", "KIOSK").defaultChecked).toBe(true);
    expect(registerChoice(form, "channels", "SMS").defaultChecked).toBe(false);
    expect(registerCheck(form, "confirm").defaultChecked).toBe(true);
    expect(registerCheck(fakeForm({ confirm: "true" }), "confirm").defaultChecked).toBe(false);
  });
});
