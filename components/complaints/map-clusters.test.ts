import { describe, expect, it } from "vitest";
import { clusterIndex, MAP_MAX_ZOOM } from "./map-clusters";

const WORLD: [number, number, number, number] = [-180, -85, 180, 85];
const at = (n: number, lat: number, lng: number, prefix = "p") =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, lat, lng, label: `${prefix}-${i}`, href: `/ar/staff/complaints/${prefix}${i}` }));

describe("map clusters (issue 17 item 11)", () => {
  it("33 complaints at one spot are one cluster counting 33, at every zoom, with all of them listed", () => {
    const index = clusterIndex(at(33, 26.4207, 50.0888));
    for (const zoom of [5, 13, 17, MAP_MAX_ZOOM]) {
      const items = index.at(WORLD, zoom);
      expect(items).toHaveLength(1);
      const c = items[0]!;
      expect(c.kind).toBe("cluster");
      if (c.kind !== "cluster") continue;
      expect(c.count).toBe(33);
      expect(c.expansionZoom).toBeNull(); // one spot: zooming never splits it, so it is listed instead
      expect(c.leaves.map((l) => l.id).sort()).toEqual(at(33, 0, 0).map((p) => p.id).sort());
    }
  });

  it("nearby points cluster when zoomed out and separate when zoomed in; a lone point stays a point", () => {
    const near = [...at(3, 26.42, 50.08, "a"), ...at(2, 26.4205, 50.0805, "b")];
    const far = at(1, 21.5, 39.2, "jeddah");
    const index = clusterIndex([...near, ...far]);
    const out = index.at(WORLD, 8);
    expect(out.filter((i) => i.kind === "cluster").map((i) => (i.kind === "cluster" ? i.count : 0))).toEqual([5]);
    expect(out.filter((i) => i.kind === "point").map((i) => (i.kind === "point" ? i.point.id : ""))).toEqual(["jeddah0"]);
    const cluster = out.find((i) => i.kind === "cluster");
    expect(cluster?.kind === "cluster" && cluster.expansionZoom).toBeGreaterThan(8);

    const zoomedIn = index.at(WORLD, 18).filter((i) => i.kind === "cluster").map((i) => (i.kind === "cluster" ? i.count : 0)).sort();
    expect(zoomedIn).toEqual([2, 3]);
  });

  it("no points, nothing to draw", () => {
    expect(clusterIndex([]).at(WORLD, 10)).toEqual([]);
  });
});
