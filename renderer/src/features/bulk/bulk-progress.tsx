import type { BulkProgress } from './run-bulk';

/** Progress of a bulk run: bar, counts, cancel while running, per-order failures afterwards. */
export function BulkProgressPanel({
  label,
  progress,
  kind = 'commands',
  onCancel,
  onDismiss,
}: {
  label: string;
  progress: BulkProgress;
  /** Commands are queued; a print run puts invoices into one PDF. */
  kind?: 'commands' | 'print';
  onCancel: () => void;
  onDismiss: () => void;
}) {
  const percent = progress.total === 0 ? 100 : Math.round((progress.done / progress.total) * 100);
  const state = progress.error
    ? 'failed'
    : progress.finished
      ? progress.cancelled
        ? 'cancelled'
        : 'done'
      : 'running';
  return (
    <div className="bulk-progress" data-testid="bulk-progress" data-state={state}>
      <div className="bulk-progress-head">
        <strong>{label}</strong>
        <span data-testid="bulk-progress-count">
          {progress.done} / {progress.total}
        </span>
        <span className="muted">
          {progress.queued} {kind === 'print' ? 'invoices printed' : 'queued'} · {progress.failed.length}{' '}
          failed
          {progress.cancelled ? ' · cancelled' : ''}
        </span>
        {progress.finished ? (
          <button type="button" onClick={onDismiss}>
            Close
          </button>
        ) : (
          <button type="button" className="danger" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {progress.error && (
        <p className="error" role="alert" data-testid="bulk-error">
          Stopped: {progress.error}
        </p>
      )}
      <progress max={progress.total} value={progress.done} aria-label="Bulk progress">
        {percent}%
      </progress>
      {progress.failed.length > 0 && (
        <ul className="bulk-failures" data-testid="bulk-failures">
          {progress.failed.slice(0, 200).map((failure) => (
            <li key={failure.id}>
              #{failure.number}: {failure.message} <span className="muted">({failure.code})</span>
            </li>
          ))}
          {progress.failed.length > 200 && (
            <li className="muted">… and {progress.failed.length - 200} more</li>
          )}
        </ul>
      )}
      {kind === 'commands' && progress.finished && progress.queued > 0 && (
        <p className="muted">Queued as commands: they apply here at once and sync when online.</p>
      )}
    </div>
  );
}
