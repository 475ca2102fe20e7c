// Two small SVG charts, drawn by hand (no chart library): the last 7 days as stacked bars and
// the 12-week trend as two lines. Each carries a text summary for screen readers.
import type { DayCounts, WeekCounts } from '../src/core/balance.ts';
import type { Kind } from '../src/core/types.ts';
import { formatNumber as n, t } from '../src/platform/i18n.ts';
import { dayName, kindLabel, shortDate } from './words.ts';

/** Bottom to top: what was given first, what was taken last. */
const STACK: Kind[] = ['giving', 'mixed', 'neutral', 'promotional'];
/** The trend draws promotion first, so the giving line lies on top. */
const TREND = ['promotional', 'giving'] as const;
const LEGEND: Kind[] = ['giving', 'mixed', 'promotional', 'neutral'];
const W = 328;

export function DaysChart({ days }: { days: DayCounts[] }) {
  const H = 92;
  const top = 14;
  const base = H - 18;
  const max = Math.max(1, ...days.map((d) => STACK.reduce((n, k) => n + d[k], 0)));
  const slot = W / days.length;
  const bar = Math.min(26, slot - 12);
  const summary = days.map((d) => t('chart_day_summary', dayName(d.day), n(d.giving), n(d.promotional), n(d.mixed))).join('; ');
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('chart_days_label', summary)} data-testid="days-chart">
      <line class="axis" x1="0" x2={W} y1={base + 0.5} y2={base + 0.5} />
      {days.map((d, i) => {
        const x = i * slot + (slot - bar) / 2;
        let y = base;
        const total = STACK.reduce((n, k) => n + d[k], 0);
        return (
          <g key={d.day}>
            <title>{t('chart_day_title', `${dayName(d.day)} ${shortDate(d.day)}`, n(d.giving), n(d.promotional), n(d.mixed), n(d.neutral))}</title>
            {STACK.map((k) => {
              if (!d[k]) return null;
              const h = (d[k] / max) * (base - top);
              y -= h;
              return <rect key={k} class={`k-${k}`} x={x} y={y} width={bar} height={Math.max(1, h - 1)} rx="2" />;
            })}
            {total > 0 && (
              <text class="count" x={x + bar / 2} y={y - 3} text-anchor="middle">
                {n(total)}
              </text>
            )}
            <text class={i === days.length - 1 ? 'label today' : 'label'} x={x + bar / 2} y={H - 4} text-anchor="middle">
              {i === days.length - 1 ? t('chart_today') : dayName(d.day)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function TrendChart({ weeks }: { weeks: WeekCounts[] }) {
  const H = 70;
  const top = 8;
  const base = H - 16;
  const max = Math.max(1, ...weeks.map((w) => Math.max(w.giving, w.promotional)));
  const step = (W - 16) / (weeks.length - 1);
  const point = (v: number, i: number) => [8 + i * step, base - (v / max) * (base - top)] as const;
  const line = (k: Kind) => weeks.map((w, i) => point(w[k], i).join(',')).join(' ');
  const last = weeks[weeks.length - 1]!;
  const summary = weeks.map((w) => t('chart_week_summary', shortDate(w.from), n(w.giving), n(w.promotional))).join('; ');
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('chart_trend_label', summary)} data-testid="trend-chart">
      <line class="axis" x1="0" x2={W} y1={base + 0.5} y2={base + 0.5} />
      {TREND.map((k) => (
        <g key={k}>
          <polyline class={`line k-${k}`} points={line(k)} />
          <circle class={`k-${k}`} cx={point(last[k], weeks.length - 1)[0]} cy={point(last[k], weeks.length - 1)[1]} r="3" />
        </g>
      ))}
      <text class="label" x="0" y={H - 3}>
        {shortDate(weeks[0]!.from)}
      </text>
      <text class="label today" x={W} y={H - 3} text-anchor="end">
        {t('chart_this_week')}
      </text>
    </svg>
  );
}

export function Legend() {
  return (
    <ul class="legend" aria-hidden="true">
      {LEGEND.map((k) => (
        <li key={k}>
          <span class={`swatch k-${k}`} />
          {kindLabel(k)}
        </li>
      ))}
    </ul>
  );
}
