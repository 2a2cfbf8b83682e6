"use client";

import { useState, type ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { Field } from "@/components/forms/field";
import { Button } from "@/components/ui/button";

/**
 * Latitude and longitude typed by hand or filled in by "use my location" (the browser's geolocation,
 * high accuracy). `onAccuracy` receives the reported accuracy in metres (an inspection keeps it).
 */
export function CoordinatesField(props: {
  legend: string;
  hint: string;
  labels: { latitude: string; longitude: string; useMyLocation: string; locating: string; locationError: string };
  latitudeName?: string;
  longitudeName?: string;
  onAccuracy?: (metres: number | null) => void;
  /** Called after the browser filled the pair (e.g. to clear an error the point settles). */
  onLocated?: () => void;
  placeholders?: { latitude?: string; longitude?: string };
  /** Shown between the hint and the button (e.g. a map to pick the point on). */
  before?: ReactNode;
  className?: string;
  buttonIcon?: ReactNode;
  /** More fields after the pair (e.g. the reported accuracy). */
  children?: ReactNode;
}) {
  const { setValue } = useFormContext();
  const [locating, setLocating] = useState(false);
  const [failed, setFailed] = useState(false);
  const lat = props.latitudeName ?? "latitude";
  const lng = props.longitudeName ?? "longitude";

  function locate() {
    setFailed(false);
    if (!("geolocation" in navigator)) return setFailed(true);
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        setValue(lat, pos.coords.latitude.toFixed(6), { shouldValidate: true, shouldDirty: true });
        setValue(lng, pos.coords.longitude.toFixed(6), { shouldValidate: true, shouldDirty: true });
        props.onAccuracy?.(Number.isFinite(pos.coords.accuracy) ? Math.round(pos.coords.accuracy) : null);
        props.onLocated?.();
      },
      () => {
        setLocating(false);
        setFailed(true);
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  }

  return (
    <fieldset className={props.className ?? "space-y-3"}>
      <legend className="text-sm font-bold text-slate-800">{props.legend}</legend>
      <p className="text-xs text-slate-600">{props.hint}</p>
      {props.before}
      <Button type="button" variant="secondary" onClick={locate} disabled={locating} className="w-full sm:w-auto">
        {props.buttonIcon}
        {locating ? props.labels.locating : props.labels.useMyLocation}
      </Button>
      {failed && <p className="text-sm text-amber-800" role="status">{props.labels.locationError}</p>}
      <div className="grid grid-cols-2 gap-3">
        <Field name={lat} label={props.labels.latitude} dir="ltr" inputMode="decimal" autoComplete="off" placeholder={props.placeholders?.latitude} />
        <Field name={lng} label={props.labels.longitude} dir="ltr" inputMode="decimal" autoComplete="off" placeholder={props.placeholders?.longitude} />
      </div>
      {props.children}
    </fieldset>
  );
}
