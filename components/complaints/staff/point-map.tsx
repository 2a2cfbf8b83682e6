"use client";

import { ComplaintMap, type MapPoint } from "@/components/complaints/complaint-map";

/** The client boundary for showing complaint points on the shared Leaflet map (server pages pass plain data). */
export function PointsMap({ points, label, className, zoom, tilesFailedText }: { points: MapPoint[]; label: string; className?: string; zoom?: number; tilesFailedText: string }) {
  return <ComplaintMap points={points} label={label} className={className} zoom={zoom} tilesFailedText={tilesFailedText} />;
}
