import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { ImportFeedResponse } from '../../../../shared/schemas/marketplace-import';
import { parseFeedCsv, type FeedCsvError } from '../../../../shared/domain/exceptions/parse-feed-csv';
import { useSyncStatus } from '../../data/order-hooks';
import { useImportFeed } from './mutations';
import { describeIssue, useErrorText } from '../../i18n/error-text';
import { useEnumLabel } from '../../i18n/enum-label';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useOneFieldForm } from '../../forms/use-one-field-form';
import { importDraftSchema, type ImportDraft } from './import-form-schema';

/** Upload a marketplace CSV feed: checked on the device first, then imported by the server. */
export function ImportPage() {
  const { online } = useSyncStatus();
  const t = useT('import');
  const label = useEnumLabel();
  const errorText = useErrorText();
  const errorsT = useT('errors');
  const fmt = useFormat();
  const importFeed = useImportFeed();
  const issueText = (path: string, message: string): string => describeIssue({ path, message }, errorsT, fmt);
  const sentence = (problem: string) => t(problem as 'needsMarketplace' | 'marketplaceTooLong');
  const form = useOneFieldForm(
    importDraftSchema,
    { marketplace: 'amazon' },
    'marketplace',
    'import',
    sentence,
  );
  const { register, handleSubmit, field: marketplace } = form;
  const [csvErrors, setCsvErrors] = useState<FeedCsvError[]>([]);
  const [result, setResult] = useState<ImportFeedResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onFile = async (file: File, { marketplace }: ImportDraft): Promise<void> => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const parsed = parseFeedCsv(await file.text(), marketplace);
      setCsvErrors(parsed.errors);
      if (parsed.feed.orders.length > 0) setResult(await importFeed.mutateAsync(parsed.feed));
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page">
      <div className="toolbar">
        <h1>{t('title')}</h1>
        <Link to="/exceptions">{t('back')}</Link>
      </div>
      <div className="card import-form">
        <label>
          {t('marketplace')}
          <input
            {...register('marketplace')}
            aria-invalid={marketplace.invalid}
            aria-describedby={marketplace.describedBy}
          />
        </label>
        {marketplace.message}
        <label>
          {t('file')}
          <input
            type="file"
            accept=".csv,text/csv"
            disabled={busy || !online}
            title={online ? undefined : t('needsConnection')}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void handleSubmit((draft) => onFile(file, draft))();
              e.target.value = '';
            }}
          />
        </label>
        {!online && <span className="notice">{t('needsConnection')}</span>}
        {busy && <span className="muted">{t('busy')}</span>}
        {error && (
          <span className="error" role="alert">
            {error}
          </span>
        )}
      </div>
      {csvErrors.length > 0 && (
        <div className="card">
          <h3>{t('rowErrors')}</h3>
          <table data-testid="csv-errors">
            <thead>
              <tr>
                <th>{t('column.row')}</th>
                <th>{t('column.order')}</th>
                <th>{t('column.column')}</th>
                <th>{t('column.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {csvErrors.map((e, index) => (
                <tr key={index}>
                  <td>{e.row}</td>
                  <td>{e.externalId ?? ''}</td>
                  <td>{e.field}</td>
                  <td>{issueText(e.field, e.message)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result && (
        <div className="card" data-testid="import-result">
          <h3>
            {t('summary', { created: result.created, unchanged: result.unchanged, failed: result.failed })}
          </h3>
          <table>
            <thead>
              <tr>
                <th>{t('column.externalId')}</th>
                <th>{t('column.result')}</th>
                <th>{t('column.order')}</th>
                <th>{t('column.exceptions')}</th>
                <th>{t('column.errors')}</th>
              </tr>
            </thead>
            <tbody>
              {result.results.map((r, index) => (
                <tr key={index}>
                  <td>{r.externalId ?? '—'}</td>
                  <td>{label('importStatus', r.status)}</td>
                  <td>
                    {r.orderId ? (
                      <Link to="/orders/$orderId" params={{ orderId: r.orderId }}>
                        #{r.orderNumber}
                      </Link>
                    ) : (
                      ''
                    )}
                  </td>
                  <td>{r.exceptions?.filter((e) => e.status === 'open').length ?? ''}</td>
                  <td>
                    {[
                      ...(r.error ? [errorText(r.error)] : []),
                      ...(r.errors ?? []).map((e) => issueText(e.path, e.message)),
                    ].join(' ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
