"use client";

import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "react";
import type { CircleMarker, LayerGroup, Map as LeafletMap } from "leaflet";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { clusterIndex, MAP_MAX_ZOOM } from "@/components/complaints/map-clusters";
import { DEFAULT_MAP_CENTRE } from "@/lib/domain/complaints/geo";
import { publicEnv } from "@/lib/env-public";
import complaintsMessages from "@/lib/i18n/bundles/complaints";
import feedbackMessages from "@/lib/i18n/bundles/feedback";

export type MapPoint = { id: string; lat: number; lng: number; label: string; href?: string };

/** The tile server is configurable (an Amanah may run its own); OpenStreetMap by default. */
const TILE_URL = publicEnv.MAP_TILE_URL;
const TILE_ATTRIBUTION = publicEnv.MAP_TILE_ATTRIBUTION;

/**
 * A Leaflet map, used directly (no wrapper library). Two uses:
 * - picking a place: `value` + `onPick` — a click (or a tap) sets the point; the coordinate fields stay
 *   the accessible and always-working way (the map is an aid, never the only way);
 * - showing places: `points` (e.g. the staff map of open complaints), each a link when it has `href`.
 * When tiles cannot load (offline, blocked server) it says so and still works on a plain background.
 * Circle markers and count badges (div icons): no marker images to bundle.
 */
export const ComplaintMap = withT(function ComplaintMap({
  value,
  onPick,
  points,
  label,
  className = "h-72",
  zoom = 13,
  tilesFailedText,
}: {
  value?: { lat: number; lng: number } | null;
  onPick?: (lat: number, lng: number) => void;
  points?: MapPoint[];
  label: string;
  className?: string;
  zoom?: number;
  /** What to say when tiles cannot load (the default speaks of picking a place). */
  tilesFailedText?: string;
}) {
  const { t } = useT(complaintsMessages, feedbackMessages);
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<LeafletMap | null>(null);
  const marker = useRef<CircleMarker | null>(null);
  const layer = useRef<LayerGroup | null>(null);
  const leaflet = useRef<typeof import("leaflet") | null>(null);
  const pick = useRef(onPick);
  const [tilesFailed, setTilesFailed] = useState(false);
  const [ready, setReady] = useState(false);
  pick.current = onPick;
  const tr = useRef(t);
  tr.current = t;

  useEffect(() => {
    let cancelled = false;
    void import("leaflet").then((L) => {
      if (cancelled || !container.current || map.current) return;
      leaflet.current = L;
      const start = value ?? (points && points[0] ? { lat: points[0].lat, lng: points[0].lng } : DEFAULT_MAP_CENTRE);
      const m = L.map(container.current, { center: [start.lat, start.lng], zoom, maxZoom: MAP_MAX_ZOOM, attributionControl: true });
      const tiles = L.tileLayer(TILE_URL, { maxZoom: 19, attribution: TILE_ATTRIBUTION });
      let errors = 0;
      tiles.on("tileerror", () => {
        errors++;
        if (errors >= 2) setTilesFailed(true);
      });
      tiles.on("tileload", () => setTilesFailed(false));
      tiles.addTo(m);
      m.on("click", (e) => pick.current?.(Number(e.latlng.lat.toFixed(6)), Number(e.latlng.lng.toFixed(6))));
      layer.current = L.layerGroup().addTo(m);
      map.current = m;
      setReady(true);
    });
    return () => {
      cancelled = true;
      map.current?.remove();
      map.current = null;
      marker.current = null;
    };
    // The map is created once; value/points changes are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const L = leaflet.current;
    const m = map.current;
    if (!ready || !L || !m) return;
    if (!value) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    if (!marker.current) {
      marker.current = L.circleMarker([value.lat, value.lng], { radius: 10, color: "#0f5132", weight: 3, fillColor: "#198754", fillOpacity: 0.7 }).addTo(m);
    } else {
      marker.current.setLatLng([value.lat, value.lng]);
    }
    if (!m.getBounds().contains([value.lat, value.lng])) m.setView([value.lat, value.lng]);
  }, [ready, value]);

  // Points are drawn clustered (issue 17 item 11): nearby points become one circle with their count, redrawn on
  // every zoom or move; a click zooms into a cluster, or lists its points when they share one spot.
  useEffect(() => {
    const L = leaflet.current;
    const group = layer.current;
    const m = map.current;
    if (!ready || !L || !group || !m) return;
    const list = points ?? [];
    const index = clusterIndex(list);
    const link = (p: MapPoint) => {
      const content = document.createElement(p.href ? "a" : "span");
      content.textContent = p.label;
      if (p.href) (content as HTMLAnchorElement).href = p.href;
      return content;
    };
    const draw = () => {
      group.clearLayers();
      const b = m.getBounds();
      for (const item of index.at([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], m.getZoom())) {
        if (item.kind === "point") {
          const c = L.circleMarker([item.point.lat, item.point.lng], { radius: 8, color: "#7c2d12", weight: 2, fillColor: "#f97316", fillOpacity: 0.8 });
          c.bindPopup(link(item.point));
          c.addTo(group);
          continue;
        }
        const size = item.count < 10 ? 36 : item.count < 100 ? 42 : 50;
        const title = tr.current("feedback:map.cluster", { count: item.count });
        const html = document.createElement("span");
        html.className = "flex size-full items-center justify-center rounded-full border-2 border-white bg-orange-700 font-bold text-white shadow-md tabular-nums";
        html.setAttribute("data-testid", "map-cluster");
        html.setAttribute("data-count", String(item.count));
        html.textContent = String(item.count);
        const marker = L.marker([item.lat, item.lng], {
          icon: L.divIcon({ html, className: "", iconSize: [size, size] }),
          title,
          alt: title,
          keyboard: true,
          riseOnHover: true,
        });
        if (item.expansionZoom === null) {
          // One spot: zooming never splits it, so the click lists them (each a link when it has one).
          const ul = document.createElement("ul");
          ul.className = "max-h-60 space-y-1 overflow-y-auto";
          ul.setAttribute("data-testid", "map-cluster-list");
          for (const p of item.leaves) {
            const li = document.createElement("li");
            li.appendChild(link(p));
            ul.appendChild(li);
          }
          marker.bindPopup(ul);
        } else {
          const zoomTo = item.expansionZoom;
          marker.on("click", () => m.setView([item.lat, item.lng], zoomTo));
        }
        marker.addTo(group);
      }
    };
    if (list.length > 1) {
      m.fitBounds(L.latLngBounds(list.map((p) => [p.lat, p.lng] as [number, number])), { padding: [24, 24], maxZoom: 15 });
    }
    draw();
    // Opening a cluster's list pans the map to fit its popup; redrawing on that move would remove the popup at once.
    let popupOpen = false;
    const opened = () => { popupOpen = true; };
    const closed = () => { popupOpen = false; };
    const moved = () => { if (!popupOpen) draw(); };
    m.on("popupopen", opened);
    m.on("popupclose", closed);
    m.on("zoomend", draw);
    m.on("moveend", moved);
    return () => {
      m.off("popupopen", opened);
      m.off("popupclose", closed);
      m.off("zoomend", draw);
      m.off("moveend", moved);
    };
  }, [ready, points]);

  return (
    <div className="space-y-2">
      <div
        ref={container}
        dir="ltr"
        role="application"
        aria-label={label}
        data-testid="complaint-map"
        className={`${className} w-full overflow-hidden rounded-xl border border-sand-200 bg-sand-100`}
      />
      {tilesFailed && (
        <p role="status" data-testid="map-tiles-failed" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {tilesFailedText ?? t("complaints:map.tilesFailed")}
        </p>
      )}
    </div>
  );
});
