import type { IconName } from "@/components/shells/nav";

/** A few outline icons (Heroicons-style paths, 24×24), decorative: always aria-hidden. */
const PATHS: Record<IconName, string> = {
  home: "M3 10.5 12 3l9 7.5M5 9.5V21h5v-6h4v6h5V9.5",
  user: "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 9a7 7 0 0 1 14 0",
  team: "M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Zm7 0a3 3 0 1 0 0-6M3 20a6 6 0 0 1 12 0m2 0a5 5 0 0 0-3-4.6",
  log: "M8 6h12M8 12h12M8 18h12M4 6h.01M4 12h.01M4 18h.01",
  sms: "M4 5h16v11H8l-4 4V5Zm4 5h8",
  grid: "M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 13h7v7h-7z",
  building: "M4 21V5l8-3 8 3v16M9 21v-5h6v5M8 9h.01M12 9h.01M16 9h.01M8 13h.01M12 13h.01M16 13h.01",
  shield: "M12 3 4 6v6c0 4.5 3.4 8.3 8 9 4.6-.7 8-4.5 8-9V6l-8-3Z",
  bill: "M6 3h12v18l-3-2-3 2-3-2-3 2V3Zm3 5h6M9 12h6M9 16h3",
  camera: "M4 8h3l2-3h6l2 3h3v11H4V8Zm8 9a4 4 0 1 0 0-8 4 4 0 0 0 0 8Z",
  scale: "M12 4v16M5 20h14M6 8h12M6 8l-3 6h6L6 8Zm12 0-3 6h6l-3-6Z",
  search: "M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14Zm5-2 4 4",
  license: "M5 3h10l4 4v14H5V3Zm10 0v4h4M8 11h8M8 15h5m3 3 1.5 1.5L20 17",
  inbox: "M4 13V5h16v8M4 13v6h16v-6M4 13h5l1 2h4l1-2h5",
  megaphone: "M4 10v4h3l8 4V6L7 10H4Zm14-1a4 4 0 0 1 0 6M8 14l1 5h2",
  map: "M9 4 3 6v14l6-2 6 2 6-2V4l-6 2-6-2Zm0 0v14m6-12v14",
  heart: "M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10Z",
  chart: "M4 20h16M7 16v-5m5 5V7m5 9v-8",
  key: "M14 10a4 4 0 1 0-3.5 4L8 16.5V19H5.5v-2.5M14 10h.01",
};

export function Icon({ name, className = "size-5" }: { name: IconName; className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.7} strokeLinecap="round" strokeLinejoin="round" className={className}>
      <path d={PATHS[name]} />
    </svg>
  );
}
