import Supercluster from "supercluster";

/** A place to show on a map (the same shape as ComplaintMap's points). */
export type ClusterInput = { id: string; lat: number; lng: number; label: string; href?: string };

export type MapItem<P extends ClusterInput = ClusterInput> =
  | { kind: "point"; point: P }
  | {
      kind: "cluster";
      id: number;
      lat: number;
      lng: number;
      count: number;
      /** The zoom at which the cluster splits; null when its points share one spot and never split. */
      expansionZoom: number | null;
      /** The points inside (for a list when they share one spot). */
      leaves: P[];
    };

/** The map's deepest zoom: beyond it points at one spot stay one cluster (listed, never one hidden dot). */
export const MAP_MAX_ZOOM = 19;

/**
 * Groups nearby points into clusters with a count (issue 17 item 11: 33 open complaints at one spot must not be
 * one dot). Supercluster indexes once; `at(bbox, zoom)` answers what to draw for the visible box and zoom.
 * Clusters are kept up to the map's deepest zoom, so points at exactly the same place are always a counted
 * cluster whose click lists them.
 */
export function clusterIndex<P extends ClusterInput>(points: readonly P[], options: { radius?: number } = {}) {
  const index = new Supercluster<{ i: number }, Record<string, never>>({ radius: options.radius ?? 48, maxZoom: MAP_MAX_ZOOM, minPoints: 2 });
  index.load(points.map((p, i) => ({ type: "Feature", properties: { i }, geometry: { type: "Point", coordinates: [p.lng, p.lat] } })));
  return {
    at(bbox: [west: number, south: number, east: number, north: number], zoom: number): MapItem<P>[] {
      return index.getClusters(bbox, Math.round(zoom)).map((f): MapItem<P> => {
        const [lng, lat] = f.geometry.coordinates as [number, number];
        const props = f.properties as { cluster?: true; cluster_id?: number; point_count?: number; i?: number };
        if (!props.cluster) return { kind: "point", point: points[props.i!]! };
        const id = props.cluster_id!;
        const expansion = index.getClusterExpansionZoom(id);
        const leaves = index.getLeaves(id, Infinity).map((l) => points[(l.properties as { i: number }).i]!);
        return { kind: "cluster", id, lat, lng, count: props.point_count!, expansionZoom: expansion > MAP_MAX_ZOOM ? null : expansion, leaves };
      });
    },
  };
}
