import { useData } from '../../data/data-context';
import { useOutbox } from '../../data/order-hooks';
import { formatDateTime } from '../orders/order-labels';

/** Commands waiting to sync and those the server rejected, with the reason; rejected ones can be dismissed. */
export function SyncProblemsPage() {
  const { db } = useData();
  const entries = useOutbox();
  const rejected = entries.filter((e) => e.status === 'rejected');
  const waiting = entries.filter((e) => e.status === 'pending');
  return (
    <section className="page">
      <h2>Sync</h2>
      <h3>Problems ({rejected.length})</h3>
      {rejected.length === 0 ? (
        <p className="muted">No problems. Every change made here was accepted by the server.</p>
      ) : (
        <ul className="problems-list" data-testid="sync-problems">
          {rejected.map((entry) => (
            <li key={entry.id} className="card">
              <strong>{entry.summary}</strong>{' '}
              <span className="muted">{formatDateTime(entry.createdAt)}</span>
              <p className="error">
                {entry.error?.message ?? 'Rejected'} <span className="muted">({entry.error?.code})</span>
              </p>
              <a href={`#/orders/${entry.targetId}`}>Open order</a>{' '}
              <button type="button" onClick={() => void db.outbox.findOne(entry.id).remove()}>
                Dismiss
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>Waiting to sync ({waiting.length})</h3>
      {waiting.length === 0 ? (
        <p className="muted">Nothing waiting.</p>
      ) : (
        <ul data-testid="sync-waiting">
          {waiting.map((entry) => (
            <li key={entry.id}>
              {entry.summary} <span className="muted">{formatDateTime(entry.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
