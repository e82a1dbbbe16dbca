import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { usePrintQueue } from './use-print-queue';

/** The workstation's print jobs, newest first; a failed job shows why and offers a retry. */
export function PrintQueueList() {
  const t = useT('printing');
  const fmt = useFormat();
  const { queue, jobs } = usePrintQueue();
  return (
    <div className="card" data-testid="print-queue">
      <h3>{t('queue.title')}</h3>
      {jobs.length === 0 ? (
        <p className="muted">{t('queue.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('queue.document')}</th>
              <th>{t('queue.status')}</th>
              <th className="num">{t('queue.attempts')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {[...jobs].reverse().map((job) => (
              <tr key={job.id} data-testid="print-job" data-status={job.status}>
                <td>
                  {job.title}
                  <div className="muted">{fmt.dateTime(job.createdAt)}</div>
                </td>
                <td>
                  <span className={job.status === 'failed' ? 'error' : ''}>
                    {t(`queue.status_${job.status}`)}
                  </span>
                  {job.error && <div className="error">{job.error}</div>}
                </td>
                <td className="num">{job.attempts}</td>
                <td>
                  <div className="row-actions">
                    {job.status === 'failed' && (
                      <button type="button" onClick={() => queue.retry(job.id)}>
                        {t('queue.retry')}
                      </button>
                    )}
                    {job.status !== 'printing' && (
                      <button type="button" className="link" onClick={() => queue.remove(job.id)}>
                        {t('queue.remove')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
