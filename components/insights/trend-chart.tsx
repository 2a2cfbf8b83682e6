"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLORS = ["#0f6e56", "#b45309", "#b91c1c", "#1d4ed8"];

/**
 * A section's trend as a line chart (recharts). The chart is a picture for sighted readers: screen readers get
 * its label here and the same figures in the table that always follows it (components/insights/section-view.tsx).
 */
export function TrendChart({ label, series, points, rtl }: { label: string; series: { key: string; name: string }[]; points: Record<string, string | number | null>[]; rtl: boolean }) {
  return (
    <div role="img" aria-label={label} className="h-64 w-full min-w-0" dir="ltr">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 256 }}>
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e7e1d3" />
          <XAxis dataKey="label" reversed={rtl} tick={{ fontSize: 11 }} minTickGap={16} />
          <YAxis orientation={rtl ? "right" : "left"} tick={{ fontSize: 11 }} width={56} allowDecimals={false} />
          <Tooltip />
          <Legend />
          {series.map((s, i) => (
            <Line key={s.key} type="monotone" dataKey={s.key} name={s.name} stroke={COLORS[i % COLORS.length]} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
