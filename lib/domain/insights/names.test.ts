import { describe, expect, it } from "vitest";
import { changePercent, changeTone } from "@/lib/domain/insights/names";

describe("the tone of a figure's change", () => {
  it("is good news when the figure moves the way it should, bad news the other way", () => {
    expect(changeTone(12.5)).toBe("good"); // issued licenses up: the default direction
    expect(changeTone(-12.5)).toBe("bad");
    expect(changeTone(63.3, "down")).toBe("bad"); // overdue complaints up
    expect(changeTone(-41.7, "down")).toBe("good"); // hours to resolve down
  });

  it("is neutral with nothing to compare, no change, or a figure that is neither (demand, not performance)", () => {
    expect(changeTone(null, "down")).toBe("neutral");
    expect(changeTone(0)).toBe("neutral");
    expect(changeTone(1.6, "neither")).toBe("neutral");
    expect(changeTone(-1.6, "neither")).toBe("neutral");
  });

  it("reads the percentage the dashboard shows", () => {
    expect(changeTone(changePercent(24_466, 14_980), "down")).toBe("bad");
    expect(changeTone(changePercent(21_385, 36_711))).toBe("bad");
    expect(changeTone(changePercent(42, 37), "down")).toBe("bad");
    expect(changeTone(changePercent(30, 37), "down")).toBe("good");
  });
});
