import { Link } from '@tanstack/react-router';
import { useData } from '../../data/data-context';
import { useOutbox } from '../../data/order-hooks';
import { useErrorText } from '../../i18n/error-text';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';

/** Commands waiting to sync and those the server rejected, with the reason; rejected ones can be dismissed. */
export function SyncProblemsPage() {
  const { db } = useData();
  const t = useT('sync');
  const fmt = useFormat();
  const errorText = useErrorText();
  const entries = useOutbox();
  const rejected = entries.filter((e) => e.status === 'rejected');
  const waiting = entries.filter((e) => e.status === 'pending');
  return (
    <section className="page">
      <h1>{t('title')}</h1>
      <h3>{t('problems', { count: rejected.length })}</h3>
      {rejected.length === 0 ? (
        <p className="muted">{t('noProblems')}</p>
      ) : (
        <ul className="problems-list" data-testid="sync-problems">
          {rejected.map((entry) => (
            <li key={entry.id} className="card">
              <strong>{entry.summary}</strong> <span className="muted">{fmt.dateTime(entry.createdAt)}</span>
              <p className="error">{entry.error ? errorText(entry.error) : t('rejected')}</p>
              <Link to="/orders/$orderId" params={{ orderId: entry.targetId }}>
                {t('openOrder')}
              </Link>{' '}
              <button type="button" onClick={() => void db.outbox.findOne(entry.id).remove()}>
                {t('dismiss')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('waiting', { count: waiting.length })}</h3>
      {waiting.length === 0 ? (
        <p className="muted">{t('nothingWaiting')}</p>
      ) : (
        <ul data-testid="sync-waiting">
          {waiting.map((entry) => (
            <li key={entry.id}>
              {entry.summary} <span className="muted">{fmt.dateTime(entry.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
