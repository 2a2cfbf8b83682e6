import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditActionKey, auditActionLabel, auditEntityKey } from "@/lib/domain/audit/labels";
import { createI18n } from "@/lib/i18n/instance";
import type { T } from "@/lib/i18n/core";
import { APPLICATION_EVENTS } from "@/lib/domain/licensing/workflow";
import { AUCTION_EVENTS, TENDER_EVENTS } from "@/lib/domain/tenders/workflow";
import { PERMIT_EVENTS } from "@/lib/domain/permits/workflow";
import { ESERVICE_EVENTS } from "@/lib/domain/catalogue/workflow";

const root = process.cwd();
const files = ["lib", "app"].flatMap((dir) =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes("generated"))
    .map((f) => path.join(dir, f)),
);
const sources = files.map((f) => readFileSync(path.join(root, f), "utf8"));
const DOTTED = /"([a-z][A-Za-z]*(?:\.[A-Za-z0-9]+)+)"/g;

/** Every registered command's name (defineCommand / definePublicCommand). */
function commandNames(): string[] {
  const names = new Set<string>();
  for (const src of sources) for (const m of src.matchAll(/define(?:Public)?Command[^(]*\(\{\s*name:\s*"([^"]+)"/g)) names.add(m[1]!);
  return [...names];
}

/** Every literal audit action: the dotted strings on the lines that write an audit row (or choose its action). */
function literalActions(): string[] {
  const out = new Set<string>();
  for (const src of sources) {
    if (!src.includes("recordAudit") && !src.includes("issueKey(")) continue;
    for (const line of src.split("\n")) {
      if (!/\baction:|recordAudit\(|issueKey\(|\bevent = "auth/.test(line)) continue;
      for (const m of line.matchAll(DOTTED)) out.add(m[1]!);
    }
  }
  return [...out];
}

/** Actions built from a workflow's events (`licensing.${event}` …). */
const eventActions = [
  ...APPLICATION_EVENTS.map((e) => `licensing.${e}`),
  ...TENDER_EVENTS.map((e) => `tender.${e}`),
  ...AUCTION_EVENTS.map((e) => `auction.${e}`),
  ...PERMIT_EVENTS.map((e) => `permits.${e}`),
  ...ESERVICE_EVENTS.map((e) => `catalogue.${e}`),
];

describe("audit log labels (issue 17, item 9: no raw keys)", () => {
  const commands = commandNames();
  const literals = literalActions();
  const all = [...new Set([...commands, ...literals, ...eventActions])];

  it("finds the registered commands and the audit actions in the code", () => {
    expect(commands.length).toBeGreaterThan(100);
    expect(literals).toEqual(expect.arrayContaining(["auth.signIn", "healthCert.request", "bill.pay", "api.licenses.cancel"]));
  });

  for (const lang of ["ar", "en"] as const) {
    it(`labels every command and audit action in ${lang}`, () => {
      const i18n = createI18n(lang);
      const missing = all.filter((a) => !i18n.exists(auditActionKey(a)));
      expect(missing, `add to locales/${lang}/audit.json "actions"`).toEqual([]);
    });
    it(`labels every audited entity type in ${lang}`, () => {
      const i18n = createI18n(lang);
      const types = new Set<string>();
      for (const src of sources) for (const m of src.matchAll(/entityType: "([A-Za-z]+)"/g)) types.add(m[1]!);
      expect(types.size).toBeGreaterThan(20);
      expect([...types].filter((e) => !i18n.exists(auditEntityKey(e)))).toEqual([]);
    });
  }

  it("shows a label in the page's language, and the code for an action without one", () => {
    const ar = createI18n("ar").getFixedT("ar") as unknown as T;
    const en = createI18n("en").getFixedT("en") as unknown as T;
    expect(auditActionLabel(ar, "healthCert.request")).toBe("طلب شهادة صحية");
    expect(auditActionLabel(en, "auth.signIn")).toBe("Signed in");
    expect(auditActionLabel(ar, "signatures.sign.complete")).toBe("اكتمال توقيعات وثيقة");
    expect(auditActionLabel(ar, "future.action")).toBe("future.action");
  });
});
