"use client";

import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";

export type UtilisationBar = { name: string; percent: number };

/**
 * The utilisation bars (recharts). Decorative beside the data table that always follows it, so it is
 * hidden from assistive tech and holds no focusable parts; before scripts run the table alone shows.
 */
export function UtilisationChart({ bars }: { bars: UtilisationBar[] }) {
  return (
    <div aria-hidden="true" className="overflow-x-auto" data-testid="utilisation-chart">
      <BarChart
        width={Math.max(320, bars.length * 90)}
        height={260}
        data={bars}
        margin={{ top: 8, right: 16, bottom: 48, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" interval={0} angle={-20} textAnchor="end" tick={{ fontSize: 12 }} />
        <YAxis domain={[0, 100]} unit="%" width={48} tick={{ fontSize: 12 }} />
        <Bar dataKey="percent" fill="var(--color-brand-700, #1d4ed8)" isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
