import { useId } from 'react';

const WIDTH = 240;
const HEIGHT = 64;
const monthName = new Intl.DateTimeFormat(undefined, { month: 'short' });

export type ChartPoint = { month: number; value: number | null; text: string };

/**
 * Twelve months as small bars, drawn as inline SVG (no chart library): the
 * picture has a title, and the numbers are also text for anyone who cannot
 * see it. A month with nothing to count has no bar, not a zero one.
 */
export function MonthChart({
  title,
  points,
  max,
}: {
  title: string;
  points: ChartPoint[];
  /** the value a full-height bar stands for */
  max: number;
}) {
  const id = useId();
  const slot = WIDTH / Math.max(1, points.length);
  return (
    <figure className="month-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        className="record-chart"
        width={WIDTH}
        height={HEIGHT + 14}
        viewBox={`0 0 ${WIDTH} ${HEIGHT + 14}`}
        role="img"
        aria-labelledby={`${id}-svg-title`}
      >
        <title id={`${id}-svg-title`}>{title}</title>
        <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} stroke="currentColor" strokeWidth={0.5} />
        {points.map((p, i) => {
          const h = p.value === null || max <= 0 ? 0 : Math.max(1, (p.value / max) * HEIGHT);
          return (
            <g key={p.month}>
              {p.value !== null && (
                <rect x={i * slot + 2} y={HEIGHT - h} width={slot - 4} height={h}>
                  <title>{`${monthName.format(p.month)}: ${p.text}`}</title>
                </rect>
              )}
              <text x={i * slot + slot / 2} y={HEIGHT + 11} textAnchor="middle" fontSize={8}>
                {monthName.format(p.month).slice(0, 1)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{title}, by month</caption>
        <tbody>
          {points.map((p) => (
            <tr key={p.month}>
              <th scope="row">{monthName.format(p.month)}</th>
              <td>{p.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
