import { useErrorText } from '../../i18n/error-text';
import { useT } from '../../i18n/use-t';
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
  const t = useT('bulk');
  const errorText = useErrorText();
  const percent = progress.total === 0 ? 100 : Math.round((progress.done / progress.total) * 100);
  const applied = progress.applied ?? 0;
  /** Shown in the list before stored: the bar counts what is saved on this device, the text says both. */
  const saving = !progress.finished && applied > 0;
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
        <span className="muted" data-testid="bulk-progress-stages">
          {kind === 'print'
            ? t('progress.printed', { count: progress.queued })
            : saving
              ? `${t('progress.applied', { count: applied })} · ${t('progress.saved', { saved: progress.queued, count: applied })}`
              : t('progress.queued', { count: progress.queued })}{' '}
          · {t('progress.failed', { count: progress.failed.length })}
          {progress.cancelled ? ` · ${t('progress.cancelled')}` : ''}
        </span>
        {progress.finished ? (
          <button type="button" onClick={onDismiss}>
            {t('progress.close')}
          </button>
        ) : (
          <button type="button" className="danger" onClick={onCancel}>
            {t('progress.cancel')}
          </button>
        )}
      </div>
      {progress.error && (
        <p className="error" role="alert" data-testid="bulk-error">
          {t('progress.stopped', { reason: progress.error })}
        </p>
      )}
      {progress.finished && (progress.withdrawn ?? 0) > 0 && (
        <p className="muted" data-testid="bulk-withdrawn">
          {t('progress.withdrawn', { count: progress.withdrawn })}
        </p>
      )}
      <progress max={progress.total} value={progress.done} aria-label={t('progress.label')}>
        {percent}%
      </progress>
      {progress.failed.length > 0 && (
        <ul className="bulk-failures" data-testid="bulk-failures">
          {progress.failed.slice(0, 200).map((failure) => (
            <li key={failure.id}>
              #{failure.number}: {errorText(failure)}
            </li>
          ))}
          {progress.failed.length > 200 && (
            <li className="muted">{t('progress.more', { count: progress.failed.length - 200 })}</li>
          )}
        </ul>
      )}
      {kind === 'commands' && progress.finished && progress.queued > 0 && (
        <p className="muted">{t('progress.queuedNote')}</p>
      )}
    </div>
  );
}
