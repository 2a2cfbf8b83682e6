/**
 * The stand-in phone of the e2e run (scripts/lib/dev-phone.ts): the dev SMS provider posts every message there,
 * unmasked. Journeys read one-time codes from it, because the SMS log page shows codes masked (issue 11).
 */
import { expect } from "@playwright/test";
import { TEST_PORTS } from "../../scripts/lib/test-ports";

const PHONE_URL = `http://127.0.0.1:${TEST_PORTS.e2ePhone}`;

/** 05XXXXXXXX / +9665… / 9665… → 9665XXXXXXXX. */
export function e164(mobile: string): string {
  const digits = mobile.replace(/\D/g, "");
  return digits.startsWith("966") ? digits : `966${digits.replace(/^0/, "")}`;
}

/** Every text `mobile` received so far, oldest first. */
export async function phoneMessages(mobile: string): Promise<{ body: string }[]> {
  const res = await fetch(`${PHONE_URL}/messages?to=${e164(mobile)}`);
  return (await res.json()) as { body: string }[];
}

/** The newest text `mobile` received matching `pattern` (waits for the worker to deliver it). */
export async function smsOnPhone(mobile: string, pattern: RegExp, timeout = 30_000): Promise<string> {
  let found = "";
  await expect
    .poll(
      async () => {
        found = (await phoneMessages(mobile)).find((m) => pattern.test(m.body))?.body ?? "";
        return found;
      },
      { timeout, intervals: [300, 500, 1000, 2000] },
    )
    .not.toBe("");
  return found;
}

/** The six-digit code in the newest one-time-code SMS to `mobile`. */
export async function otpOnPhone(mobile: string): Promise<string> {
  const body = await smsOnPhone(mobile, /\d{6}/);
  return /(\d{6})/.exec(body)![1]!;
}
