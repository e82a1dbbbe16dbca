import { Link } from '@tanstack/react-router';
import type { DayCount } from '../../../../shared/domain/dashboard/orders-per-day';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';

const width = 720;
const height = 180;
const bottom = 22;

/** A day's date for a label: "28.11." (de) / "11/28" (en). */
function shortDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00.000Z`),
  );
}

/**
 * Orders per day as plain SVG bars (no chart library): a titled image for sighted users, each bar a
 * link to that day's orders with its number as a tooltip, and the same numbers as a table for screen
 * readers (and anyone who opens it).
 */
export function OrdersChart({ days }: { days: DayCount[] }) {
  const t = useT('dashboard');
  const fmt = useFormat();
  const max = Math.max(1, ...days.map((day) => day.count));
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const best = days.reduce<DayCount | undefined>(
    (top, day) => (top === undefined || day.count > top.count ? day : top),
    undefined,
  );
  const slot = width / Math.max(1, days.length);
  const summary =
    total === 0 || !best
      ? t('chart.summaryNone')
      : t('chart.summary', {
          total: fmt.number(total),
          best: fmt.date(`${best.date}T12:00:00.000Z`),
          count: best.count,
        });
  return (
    <figure className="card orders-chart" data-testid="orders-chart">
      <figcaption>
        <h3 id="orders-chart-title">{t('chart.title')}</h3>
        <p className="muted" id="orders-chart-summary">
          {summary}
        </p>
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-labelledby="orders-chart-title orders-chart-summary"
      >
        <title>{t('chart.title')}</title>
        {days.map((day, i) => {
          const barHeight = ((height - bottom - 14) * day.count) / max;
          const x = i * slot + slot * 0.15;
          const y = height - bottom - barHeight;
          const text = t('chart.bar', { date: fmt.date(`${day.date}T12:00:00.000Z`), count: day.count });
          return (
            <Link key={day.date} to="/orders" search={{ from: day.date, to: day.date }} aria-label={text}>
              <title>{text}</title>
              <rect
                x={x}
                y={y}
                width={slot * 0.7}
                height={Math.max(barHeight, day.count > 0 ? 1 : 0)}
                rx={2}
              />
              <rect className="hit" x={i * slot} y={0} width={slot} height={height - bottom} />
              {day.count > 0 && (
                <text x={x + slot * 0.35} y={y - 3} textAnchor="middle" className="count">
                  {day.count}
                </text>
              )}
              {(i % 5 === 4 || i === days.length - 1) && (
                <text
                  x={i === days.length - 1 ? x + slot * 0.7 : x + slot * 0.35}
                  y={height - 6}
                  textAnchor={i === days.length - 1 ? 'end' : 'middle'}
                  className="axis"
                >
                  {shortDate(day.date, fmt.locale)}
                </text>
              )}
            </Link>
          );
        })}
      </svg>
      <details>
        <summary>{t('chart.showTable')}</summary>
        <table data-testid="orders-chart-table">
          <thead>
            <tr>
              <th>{t('chart.tableDate')}</th>
              <th className="num">{t('chart.tableCount')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.date}>
                <td>{fmt.date(`${day.date}T12:00:00.000Z`)}</td>
                <td className="num">{day.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
