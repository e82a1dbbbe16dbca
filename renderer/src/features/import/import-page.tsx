import { useState } from 'react';
import type { ImportFeedResponse } from '../../../../shared/schemas/marketplace-import';
import { parseFeedCsv, type FeedCsvError } from '../../../../shared/domain/exceptions/parse-feed-csv';
import { useData } from '../../data/data-context';
import { useSyncStatus } from '../../data/order-hooks';
import { postFeed } from './import-feed';

/** Upload a marketplace CSV feed: checked on the device first, then imported by the server. */
export function ImportPage() {
  const { session } = useData();
  const { online } = useSyncStatus();
  const [marketplace, setMarketplace] = useState('amazon');
  const [csvErrors, setCsvErrors] = useState<FeedCsvError[]>([]);
  const [result, setResult] = useState<ImportFeedResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onFile = async (file: File): Promise<void> => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const parsed = parseFeedCsv(await file.text(), marketplace.trim());
      setCsvErrors(parsed.errors);
      if (parsed.feed.orders.length > 0) setResult(await postFeed(session.token, parsed.feed));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page">
      <div className="toolbar">
        <h2>Import marketplace feed</h2>
        <a href="#/exceptions">Back to exceptions</a>
      </div>
      <div className="card import-form">
        <label>
          Marketplace
          <input value={marketplace} onChange={(e) => setMarketplace(e.target.value)} />
        </label>
        <label>
          CSV file (one row per item)
          <input
            type="file"
            accept=".csv,text/csv"
            disabled={busy || !online || marketplace.trim() === ''}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void onFile(file);
              e.target.value = '';
            }}
          />
        </label>
        {!online && <span className="notice">Importing needs a connection to the server.</span>}
        {busy && <span className="muted">Importing…</span>}
        {error && (
          <span className="error" role="alert">
            {error}
          </span>
        )}
      </div>
      {csvErrors.length > 0 && (
        <div className="card">
          <h3>Rows with errors (their orders were not imported)</h3>
          <table data-testid="csv-errors">
            <thead>
              <tr>
                <th>Row</th>
                <th>Order</th>
                <th>Column</th>
                <th>Problem</th>
              </tr>
            </thead>
            <tbody>
              {csvErrors.map((e, index) => (
                <tr key={index}>
                  <td>{e.row}</td>
                  <td>{e.externalId ?? ''}</td>
                  <td>{e.field}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result && (
        <div className="card" data-testid="import-result">
          <h3>
            {result.created} created · {result.unchanged} already imported · {result.failed} failed
          </h3>
          <table>
            <thead>
              <tr>
                <th>External id</th>
                <th>Result</th>
                <th>Order</th>
                <th>Exceptions</th>
                <th>Errors</th>
              </tr>
            </thead>
            <tbody>
              {result.results.map((r, index) => (
                <tr key={index}>
                  <td>{r.externalId ?? '—'}</td>
                  <td>{r.status}</td>
                  <td>{r.orderId ? <a href={`#/orders/${r.orderId}`}>#{r.orderNumber}</a> : ''}</td>
                  <td>{r.exceptions?.filter((e) => e.status === 'open').length ?? ''}</td>
                  <td>
                    {[r.error?.message, ...(r.errors ?? []).map((e) => `${e.path}: ${e.message}`)]
                      .filter(Boolean)
                      .join('; ')}
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
