/**
 * The citizen's licenses a page at a time (the list used to stop at 50 without a word): newest first, every license on
 * exactly one page, only the holder's own, and the kiosk's longer page.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { listMyLicenses, MY_LICENSES_MAX_PAGE_SIZE, MY_LICENSES_PAGE_SIZE } from "@/lib/domain/licensing/queries/citizen";
import { makeLicense } from "@/lib/domain/offices/test-support";
import { actorOf } from "@/tests/factories/actors";

const DAY = 86_400_000;
const HOLDER = "1099000114";
const COUNT = MY_LICENSES_PAGE_SIZE + 2;
let owner: Actor;
let numbers: string[] = []; // newest first

beforeAll(async () => {
  await db.user.create({ data: { nationalId: HOLDER, nameAr: "مالك سلسلة متاجر", nameEn: "Chain owner", mobile: "966551100114" } });
  owner = await actorOf({ nationalId: HOLDER });
  const o = await db.licensingOffice.findFirstOrThrow({ where: { status: "ACTIVE" }, select: { id: true, coverage: { select: { municipalityId: true }, take: 1 } } });
  const office = { officeId: o.id, municipalityId: o.coverage[0]!.municipalityId };
  const made = [];
  for (let i = 0; i < COUNT; i++) made.push(await makeLicense({ ...office, issuedAt: new Date(Date.now() - (i + 1) * DAY), holderNationalId: HOLDER }));
  numbers = made.map((l) => l.number);
});

describe("my licenses, paginated", () => {
  it("shows every license once across the pages, newest first, with the holder's total", async () => {
    const first = await listMyLicenses(owner);
    expect(first).toMatchObject({ page: 1, pageSize: MY_LICENSES_PAGE_SIZE, total: COUNT, totalCapped: false });
    expect(first.rows.map((r) => r.number)).toEqual(numbers.slice(0, MY_LICENSES_PAGE_SIZE));
    const second = await listMyLicenses(owner, { page: 2 });
    expect(second.rows.map((r) => r.number)).toEqual(numbers.slice(MY_LICENSES_PAGE_SIZE));
    expect((await listMyLicenses(owner, { page: 3 })).rows).toEqual([]);
  });

  it("gives the kiosk a longer page, never more than its maximum, and another citizen none of these", async () => {
    expect((await listMyLicenses(owner, { pageSize: MY_LICENSES_MAX_PAGE_SIZE })).rows).toHaveLength(COUNT);
    expect((await listMyLicenses(owner, { pageSize: 10_000 })).pageSize).toBe(MY_LICENSES_MAX_PAGE_SIZE);
    const other = await listMyLicenses(await actorOf({ nationalId: "1087654321" }), { pageSize: MY_LICENSES_MAX_PAGE_SIZE });
    expect(other.rows.some((r) => numbers.includes(r.number))).toBe(false);
  });
});
