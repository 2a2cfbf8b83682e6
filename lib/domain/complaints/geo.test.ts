import { describe, expect, it } from "vitest";
import { MUNICIPALITY_CENTRES, nearestMunicipalityCode } from "@/lib/domain/complaints/geo";
import { distanceMeters } from "@/lib/kernel/geo";

describe("geo", () => {
  it("measures short distances to the metre", () => {
    const a = { lat: 26.4330, lng: 50.1040 };
    // 0.0004° of latitude ≈ 44.5 m
    expect(distanceMeters(a, { lat: 26.4334, lng: 50.1040 })).toBeGreaterThan(44);
    expect(distanceMeters(a, { lat: 26.4334, lng: 50.1040 })).toBeLessThan(45);
    expect(distanceMeters(a, a)).toBe(0);
  });

  it("Dammam to Al-Khobar is about 20 km", () => {
    const d = distanceMeters(MUNICIPALITY_CENTRES["EP-DMM-C"]!, MUNICIPALITY_CENTRES["EP-KHB"]!);
    expect(d).toBeGreaterThan(15_000);
    expect(d).toBeLessThan(25_000);
  });

  it("finds the nearest municipality among the given codes, none when far away", () => {
    const codes = Object.keys(MUNICIPALITY_CENTRES);
    expect(nearestMunicipalityCode({ lat: 26.2850, lng: 50.2150 }, codes)).toBe("EP-KHB"); // Khobar corniche
    expect(nearestMunicipalityCode({ lat: 26.5700, lng: 50.0300 }, codes)).toBe("EP-QTF");
    expect(nearestMunicipalityCode({ lat: 26.2850, lng: 50.2150 }, ["AHS-HOF", "AHS-MUB"])).toBeNull(); // 100+ km
    expect(nearestMunicipalityCode({ lat: 24.7136, lng: 46.6753 }, codes)).toBeNull(); // Riyadh
  });
});
