/**
 * Issue 11: in production the SMS provider must be named (the dev provider only for an explicit demo), and the
 * bank simulator is off unless BANK_SIMULATOR=on — including `npm start` on the embedded database.
 */
import { describe, expect, it } from "vitest";
import { devSmsEnabled, parseEnv } from "@/lib/env";
import { devToolsEnv } from "@/scripts/lib/dev-tools-env";

const base = { DATABASE_URL: "postgresql://u:p@db.internal:5432/db" };

describe("lib/env.ts production rules", () => {
  it("refuses production without an explicit SMS provider, and the dev provider without the demo flag", () => {
    expect(() => parseEnv({ ...base, NODE_ENV: "production" })).toThrow(/SMS_PROVIDER must be set in production/);
    expect(() => parseEnv({ ...base, NODE_ENV: "production", SMS_PROVIDER: "dev" })).toThrow(/SMS_PROVIDER=dev is refused in production/);
    const demo = parseEnv({ ...base, NODE_ENV: "production", SMS_PROVIDER: "dev", SMS_DEV_IN_PRODUCTION: "on" });
    expect(demo.SMS_PROVIDER).toBe("dev");
    expect(devSmsEnabled(demo)).toBe(true);
    const real = parseEnv({ ...base, NODE_ENV: "production", SMS_PROVIDER: "http", SMS_HTTP_URL: "https://sms.example.sa/send" });
    expect(devSmsEnabled(real)).toBe(false); // no SMS log page in production
  });

  it("keeps the dev provider as the default in development", () => {
    const dev = parseEnv({ ...base, NODE_ENV: "development" });
    expect(dev.SMS_PROVIDER).toBe("dev");
    expect(devSmsEnabled(dev)).toBe(true);
  });

  it("the bank simulator: on in development, off in production unless BANK_SIMULATOR=on", () => {
    const withSms = { ...base, SMS_PROVIDER: "http", SMS_HTTP_URL: "https://sms.example.sa/send" };
    expect(parseEnv({ ...withSms, NODE_ENV: "development" }).BANK_SIMULATOR).toBe("on");
    expect(parseEnv({ ...withSms, NODE_ENV: "development", BANK_SIMULATOR: "off" }).BANK_SIMULATOR).toBe("off");
    expect(parseEnv({ ...withSms, NODE_ENV: "production" }).BANK_SIMULATOR).toBe("off");
    expect(parseEnv({ ...withSms, NODE_ENV: "production", BANK_SIMULATOR: "on" }).BANK_SIMULATOR).toBe("on");
  });
});

describe("the run command's development tools (scripts/lib/dev-tools-env.ts)", () => {
  it("npm start (production) on the embedded database does NOT turn the bank simulator on by itself", () => {
    expect(devToolsEnv({ dev: false, databaseUrl: undefined, env: {} }).BANK_SIMULATOR).toBe("off");
    expect(devToolsEnv({ dev: false, databaseUrl: undefined, env: { BANK_SIMULATOR: "on" } }).BANK_SIMULATOR).toBe("on");
    expect(devToolsEnv({ dev: true, databaseUrl: undefined, env: {} }).BANK_SIMULATOR).toBe("on");
  });

  it("npm start with DATABASE_URL refuses to start without an SMS provider; the embedded demo asks for the dev one explicitly", () => {
    expect(() => devToolsEnv({ dev: false, databaseUrl: base.DATABASE_URL, env: {} })).toThrow(/SMS_PROVIDER is not set/);
    expect(devToolsEnv({ dev: false, databaseUrl: base.DATABASE_URL, env: { SMS_PROVIDER: "http" } }).SMS_PROVIDER).toBe("http");
    expect(devToolsEnv({ dev: false, databaseUrl: undefined, env: {} })).toMatchObject({ SMS_PROVIDER: "dev", SMS_DEV_IN_PRODUCTION: "on" });
  });
});
