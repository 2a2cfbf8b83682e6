import { expect, it } from "vitest";
import { tableMinWidthRem } from "./table";

it("a table is 7.5rem a column before it scrolls, and never narrower than 40rem", () => {
  expect([3, 5, 6, 7, 9].map(tableMinWidthRem)).toEqual([40, 40, 45, 52.5, 67.5]);
});
