import type { ReactNode } from "react";
import "./kiosk.css";

/** The kiosk channel: no site header, footer or link out of it (issue 14). */
export default function KioskLayout({ children }: { children: ReactNode }) {
  return <div className="min-h-dvh bg-sand-50">{children}</div>;
}
