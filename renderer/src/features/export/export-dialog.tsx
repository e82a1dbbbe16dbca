import { useMemo, type ComponentPropsWithRef } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Order } from '../../../../shared/schemas/order';
import { toCsv } from '../../../../shared/export/csv';
import { toXlsx } from '../../../../shared/export/xlsx';
import { buildOrderExportTable, exportFileName } from '../../../../shared/export/order-export';
import enExport from '../../i18n/locales/en/export';
import { useT } from '../../i18n/use-t';
import { ModalDialog } from '../../app/modal-dialog';
import { fieldA11y } from '../../forms/field-a11y';
import type { Choice } from '../../forms/choice-select';
import { downloadFile } from './download-file';
import { useStoreTimeZone } from '../invoices/invoice-hooks';
import {
  emptyExportDraft,
  exportColumnsOf,
  exportDraftSchema,
  type ExportDraft,
  type ExportProblem,
  type ExportRequest,
} from './export-form-schema';

function isColumnKey(key: string): key is keyof typeof enExport.column {
  return Object.hasOwn(enExport.column, key);
}

/** One choice of the dialog as a row of radio buttons; `input` is the field's register props (and aria). */
function RadioRow({ choices, input }: { choices: readonly Choice[]; input: ComponentPropsWithRef<'input'> }) {
  return (
    <div className="row">
      {choices.map((choice) => (
        <label key={choice.value}>
          <input type="radio" value={choice.value} {...input} /> {choice.label}
        </label>
      ))}
    </div>
  );
}

/** Export of the selection or the filtered set: orders or lines, CSV or XLSX, chosen columns. */
export function ExportDialog({
  selectedCount,
  selected,
  filtered,
  onClose,
}: {
  selectedCount: number;
  selected: () => Order[];
  filtered: () => Order[];
  onClose: () => void;
}) {
  const t = useT('export');
  const timeZone = useStoreTimeZone();
  const columnLabel = (key: string, fallback: string): string =>
    isColumnKey(key) ? t(`column.${key}`) : fallback;
  const schema = useMemo(() => exportDraftSchema(selectedCount), [selectedCount]);
  const { register, handleSubmit, watch, formState } = useForm<ExportDraft, unknown, ExportRequest>({
    defaultValues: emptyExportDraft,
    resolver: zodResolver(schema),
    shouldFocusError: true,
  });
  const stateOf = fieldA11y(formState.errors, 'export', (problem) =>
    t(`problem.${problem as ExportProblem}`),
  );
  const lines = watch('rows') === 'line';
  const columnsField = lines ? 'lineColumns' : 'orderColumns';
  const scope = stateOf('scope');
  const columns = stateOf(columnsField);

  const download = handleSubmit(async (request) => {
    const orders = request.scope === 'selection' ? selected() : filtered();
    const table = buildOrderExportTable(orders, request.lines, request.columns);
    const name = exportFileName(request.lines, request.format, new Date(), timeZone);
    if (request.format === 'csv')
      await downloadFile(toCsv(table, request.dialect, timeZone), name, 'csv', 'text/csv;charset=utf-8');
    else
      await downloadFile(
        await toXlsx(table, request.lines ? 'Order lines' : 'Orders'),
        name,
        'xlsx',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
    onClose();
  });

  const scopeAria = { 'aria-invalid': scope.invalid || undefined, 'aria-describedby': scope.describedBy };
  return (
    <ModalDialog
      title={t('title')}
      label={t('label')}
      onCancel={onClose}
      className="export-dialog"
      testId="export-dialog"
    >
      <form noValidate onSubmit={(event) => void download(event)}>
        <RadioRow
          choices={[
            { value: 'filtered', label: t('filtered') },
            { value: 'selection', label: t('selection') },
          ]}
          input={{ ...register('scope'), ...scopeAria }}
        />
        {scope.message}
        <RadioRow
          choices={[
            { value: 'order', label: t('perOrder') },
            { value: 'line', label: t('perLine') },
          ]}
          input={register('rows')}
        />
        <RadioRow
          choices={[
            { value: 'csv', label: t('csv') },
            { value: 'xlsx', label: t('xlsx') },
          ]}
          input={register('format')}
        />
        {watch('format') === 'csv' && (
          <RadioRow
            choices={[
              { value: 'rfc4180', label: t('comma') },
              { value: 'excel-de', label: t('excelDe') },
            ]}
            input={register('dialect')}
          />
        )}
        <fieldset className="export-columns" aria-describedby={columns.describedBy}>
          <legend>{t('columns')}</legend>
          {Object.entries(exportColumnsOf(lines)).map(([key, column]) => (
            <label key={`${columnsField}-${key}`} className="check">
              <input
                type="checkbox"
                value={key}
                {...register(columnsField)}
                aria-invalid={columns.invalid || undefined}
              />{' '}
              {columnLabel(key, column.label)}
            </label>
          ))}
        </fieldset>
        {columns.message}
        <div className="row">
          <button type="submit" className="primary" disabled={formState.isSubmitting}>
            {t('download')}
          </button>
          <button type="button" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
