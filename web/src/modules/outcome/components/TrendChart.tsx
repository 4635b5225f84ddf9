import { useEffect, useMemo, useRef } from 'react';
import { defineMessages, FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { DataTable } from '../../../ui/DataTable';
import { ScrollBox } from './ScrollBox';
import { formatNumber } from '../../../lib/time';
import { useOutcomeFormat } from '../hooks/format';

export interface TrendPoint {
  label: string;
  certifiedRate: number | null;
  onTimeRate: number | null;
  goalReachedRate: number | null;
}

const LABELS: Record<'certifiedRate' | 'onTimeRate' | 'goalReachedRate', MessageDescriptor> = defineMessages({
  certifiedRate: { id: 'outcome.trend.certified', defaultMessage: 'Certified' },
  onTimeRate: { id: 'outcome.trend.onTime', defaultMessage: 'On time' },
  goalReachedRate: { id: 'outcome.trend.goalReached', defaultMessage: 'Goal reached' },
});

const SERIES = [
  { key: 'certifiedRate', stroke: '#1d5fbf', dash: [] as number[] },
  { key: 'onTimeRate', stroke: '#0f7a4d', dash: [6, 4] },
  { key: 'goalReachedRate', stroke: '#a04a00', dash: [2, 3] },
] as const;

/**
 * Outcome rates across cohorts, oldest first (uPlot draws it on a canvas); the same figures
 * are in the table under it, which is what assistive technology reads.
 */
export function TrendChart({ title, points }: { title: string; points: TrendPoint[] }) {
  const intl = useIntl();
  const { percent } = useOutcomeFormat();
  const labels = useMemo(() => SERIES.map((s) => intl.formatMessage(LABELS[s.key])), [intl]);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || points.length === 0) return;
    const data: uPlot.AlignedData = [
      points.map((_, i) => i),
      ...SERIES.map((s) => points.map((p) => (p[s.key] === null ? null : Math.round(p[s.key]! * 100)))),
    ];
    const opts: uPlot.Options = {
      width: Math.max(240, el.clientWidth),
      height: 220,
      legend: { show: true, live: false },
      cursor: { show: false },
      scales: { x: { time: false, range: [-0.5, Math.max(0.5, points.length - 0.5)] }, y: { range: [0, 100] } },
      axes: [
        {
          values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? (points[t]?.label ?? '') : '')),
          splits: () => points.map((_, i) => i),
          size: 40,
        },
        {
          values: (_u, ticks) =>
            ticks.map((t) =>
              intl.formatMessage({ id: 'outcome.trend.axisPercent', defaultMessage: '{value} %' }, { value: formatNumber(t) }),
            ),
          size: 48,
        },
      ],
      series: [
        {},
        ...SERIES.map((s, i) => ({
          label: labels[i],
          stroke: s.stroke,
          width: 2,
          dash: [...s.dash],
          spanGaps: false,
          points: { show: true, size: 7 },
        })),
      ],
    };
    const plot = new uPlot(opts, data, el);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(240, el.clientWidth), height: 220 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [points, intl, labels]);

  return (
    <figure className="trend-chart">
      <figcaption className="card-description">{title}</figcaption>
      <div ref={box} className="trend-chart-canvas" aria-hidden="true" />
      <details className="trend-chart-data">
        <summary>
          <FormattedMessage id="outcome.trend.tableSummary" defaultMessage="The chart’s figures as a table" />
        </summary>
        <ScrollBox label={intl.formatMessage({ id: 'outcome.trend.scrollBox', defaultMessage: 'The chart’s figures, scrolls sideways' })}>
          <DataTable
            name={{ caption: title }}
            columns={[intl.formatMessage({ id: 'outcome.trend.cohort', defaultMessage: 'Cohort' }), ...labels]}
            rows={points}
            rowKey={(p, i) => `${p.label}-${i}`}
            className="table-compact"
            wrap={false}
            renderRow={(p) => (
              <tr>
                <th scope="row">{p.label}</th>
                {SERIES.map((s) => (
                  <td key={s.key}>{percent(p[s.key])}</td>
                ))}
              </tr>
            )}
          />
        </ScrollBox>
      </details>
    </figure>
  );
}
