import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { OrdersChart } from './orders-chart';
import { useDashboardFigures } from './use-dashboard-figures';
import './dashboard.css';

/** One figure with its meaning; the whole tile links to the screen that lists what it counts. */
function Tile({
  to,
  label,
  value,
  hint,
  testId,
  tone,
}: {
  to: '/pack' | '/exceptions' | '/sync' | '/invoices';
  label: string;
  value: ReactNode;
  hint: string;
  testId: string;
  tone?: 'warn' | undefined;
}) {
  return (
    <Link to={to} className={`card dashboard-tile${tone ? ` ${tone}` : ''}`} data-testid={testId}>
      <span className="tile-label">{label}</span>
      <strong className="tile-value" data-testid={`${testId}-value`}>
        {value}
      </strong>
      <span className="muted small">{hint}</span>
    </Link>
  );
}

/** The landing page after sign-in: what waits today, and orders per day for the last 30 days. */
export function DashboardPage() {
  const t = useT('dashboard');
  const fmt = useFormat();
  const figures = useDashboardFigures();
  const value = (count: number): string => (figures.ready ? fmt.number(count) : '…');
  return (
    <section className="page dashboard-page" data-testid="dashboard">
      <div className="toolbar">
        <h1>{t('title')}</h1>
        <span className="muted">{t('today', { date: fmt.date(`${figures.today}T12:00:00.000Z`) })}</span>
      </div>
      <div className="dashboard-tiles">
        <Tile
          to="/pack"
          label={t('tile.toPack')}
          value={value(figures.toPack)}
          hint={t('tile.toPackHint', { count: figures.toPackPriority })}
          testId="tile-to-pack"
        />
        <Tile
          to="/exceptions"
          label={t('tile.exceptions')}
          value={value(figures.openExceptions)}
          hint={t('tile.exceptionsHint')}
          testId="tile-exceptions"
          tone={figures.openExceptions > 0 ? 'warn' : undefined}
        />
        <Tile
          to="/sync"
          label={t('tile.outbox')}
          value={fmt.number(figures.waitingToSync)}
          hint={t('tile.outboxHint')}
          testId="tile-outbox"
          tone={figures.waitingToSync > 0 ? 'warn' : undefined}
        />
        <Tile
          to="/invoices"
          label={t('tile.invoices')}
          value={fmt.number(figures.invoicesToday)}
          hint={t('tile.invoicesHint')}
          testId="tile-invoices"
        />
      </div>
      <OrdersChart days={figures.perDay} />
    </section>
  );
}
