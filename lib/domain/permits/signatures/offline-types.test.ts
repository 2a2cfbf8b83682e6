import { describe, expect, it } from "vitest";
import { ONLINE_PATHS, OFFLINE_FIELDS, OFFLINE_TYPES } from "@/lib/domain/signatures/offline-page";
import { DOCUMENT_TYPE_KEYS } from "@/lib/domain/signatures/document-types";
import ar from "@/locales/ar/signatures.json";
import en from "@/locales/en/signatures.json";
import { addMonths } from "@/lib/domain/permits/signatures/dates";

describe("the offline page knows every signed document type (issue 15)", () => {
  it("names exactly the registry's types, in both languages", () => {
    expect([...OFFLINE_TYPES].sort()).toEqual([...DOCUMENT_TYPE_KEYS].sort());
    for (const k of OFFLINE_TYPES) {
      expect(ar.types[k], k).toBeTruthy();
      expect(en.types[k], k).toBeTruthy();
    }
  });
  it("labels every field it shows, and links permits and completion certificates to their online pages", () => {
    for (const f of OFFLINE_FIELDS) {
      expect((ar.offline.field as Record<string, string>)[f], f).toBeTruthy();
      expect((en.offline.field as Record<string, string>)[f], f).toBeTruthy();
    }
    expect(ONLINE_PATHS).toMatchObject({ BUILDING_PERMIT: "/verify/permit/", COMPLETION_CERTIFICATE: "/verify/permit-certificate/" });
  });
});

describe("a permit's validity", () => {
  it("counts calendar months from the issue (UTC)", () => {
    expect(addMonths(new Date("2026-12-03T10:00:00Z"), 36).toISOString()).toBe("2029-12-03T10:00:00.000Z");
  });
});
