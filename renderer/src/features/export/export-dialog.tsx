import { useState } from 'react';
import type { Order } from '../../../../shared/schemas/order';
import { toCsv, type CsvDialect } from '../../../../shared/export/csv';
import { toXlsx } from '../../../../shared/export/xlsx';
import {
  buildOrderExportTable,
  defaultLineColumns,
  defaultOrderColumns,
  exportFileName,
  lineExportColumns,
  orderExportColumns,
} from '../../../../shared/export/order-export';
import enExport from '../../i18n/locales/en/export';
import { useT } from '../../i18n/use-t';
import { ModalDialog } from '../../app/modal-dialog';
import { downloadFile } from './download-file';
import { useStoreTimeZone } from '../invoices/invoice-hooks';

function isColumnKey(key: string): key is keyof typeof enExport.column {
  return Object.hasOwn(enExport.column, key);
}

/** Export of the selection or the filtered set: orders or lines, CSV or XLSX, chosen columns. */
export function ExportDialog({
  selected,
  filtered,
  onClose,
}: {
  selected: () => Order[];
  filtered: () => Order[];
  onClose: () => void;
}) {
  const t = useT('export');
  const timeZone = useStoreTimeZone();
  const columnLabel = (key: string, fallback: string): string =>
    isColumnKey(key) ? t(`column.${key}`) : fallback;
  const [lines, setLines] = useState(false);
  const [format, setFormat] = useState<'csv' | 'xlsx'>('csv');
  const [dialect, setDialect] = useState<CsvDialect>('rfc4180');
  const [scope, setScope] = useState<'selection' | 'filtered'>('filtered');
  const [orderCols, setOrderCols] = useState<string[]>(defaultOrderColumns);
  const [lineCols, setLineCols] = useState<string[]>(defaultLineColumns);
  const [busy, setBusy] = useState(false);
  const all: Record<string, { label: string }> = lines ? lineExportColumns : orderExportColumns;
  const chosen = lines ? lineCols : orderCols;
  const setChosen = lines ? setLineCols : setOrderCols;

  const run = async (): Promise<void> => {
    setBusy(true);
    try {
      const orders = scope === 'selection' ? selected() : filtered();
      const keys = Object.keys(all).filter((key) => chosen.includes(key));
      const table = buildOrderExportTable(orders, lines, keys);
      const name = exportFileName(lines, format, new Date(), timeZone);
      if (format === 'csv')
        await downloadFile(toCsv(table, dialect, timeZone), name, 'csv', 'text/csv;charset=utf-8');
      else
        await downloadFile(
          await toXlsx(table, lines ? 'Order lines' : 'Orders'),
          name,
          'xlsx',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        );
      onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      title={t('title')}
      label={t('label')}
      onCancel={onClose}
      className="export-dialog"
      testId="export-dialog"
    >
      <div className="row">
        <label>
          <input type="radio" checked={scope === 'filtered'} onChange={() => setScope('filtered')} />{' '}
          {t('filtered')}
        </label>
        <label>
          <input type="radio" checked={scope === 'selection'} onChange={() => setScope('selection')} />{' '}
          {t('selection')}
        </label>
      </div>
      <div className="row">
        <label>
          <input type="radio" checked={!lines} onChange={() => setLines(false)} /> {t('perOrder')}
        </label>
        <label>
          <input type="radio" checked={lines} onChange={() => setLines(true)} /> {t('perLine')}
        </label>
      </div>
      <div className="row">
        <label>
          <input type="radio" checked={format === 'csv'} onChange={() => setFormat('csv')} /> {t('csv')}
        </label>
        <label>
          <input type="radio" checked={format === 'xlsx'} onChange={() => setFormat('xlsx')} /> {t('xlsx')}
        </label>
      </div>
      {format === 'csv' && (
        <div className="row">
          <label>
            <input type="radio" checked={dialect === 'rfc4180'} onChange={() => setDialect('rfc4180')} />{' '}
            {t('comma')}
          </label>
          <label>
            <input type="radio" checked={dialect === 'excel-de'} onChange={() => setDialect('excel-de')} />{' '}
            {t('excelDe')}
          </label>
        </div>
      )}
      <fieldset className="export-columns">
        <legend>{t('columns')}</legend>
        {Object.entries(all).map(([key, column]) => (
          <label key={key}>
            <input
              type="checkbox"
              checked={chosen.includes(key)}
              onChange={(e) =>
                setChosen(e.target.checked ? [...chosen, key] : chosen.filter((c) => c !== key))
              }
            />{' '}
            {columnLabel(key, column.label)}
          </label>
        ))}
      </fieldset>
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={busy || chosen.length === 0}
          onClick={() => void run()}
        >
          {t('download')}
        </button>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </ModalDialog>
  );
}
