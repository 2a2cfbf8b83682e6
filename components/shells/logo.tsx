/** The portal's mark: an eight-pointed star (a motif of Saudi architecture) on government green. */
export function Logo({ className = "size-11" }: { className?: string }) {
  return (
    <svg viewBox="0 0 48 48" className={className} aria-hidden="true">
      <rect width="48" height="48" rx="12" fill="#0a6b3c" />
      <g fill="none" stroke="#e9d9a8" strokeWidth="2.2" strokeLinejoin="round">
        <rect x="13" y="13" width="22" height="22" />
        <rect x="13" y="13" width="22" height="22" transform="rotate(45 24 24)" />
      </g>
      <circle cx="24" cy="24" r="4.2" fill="#e9d9a8" />
    </svg>
  );
}
