import { useEffect, useState } from 'react';
import {
  printDocumentKinds,
  type PrintDocumentKind,
  type PrinterInfo,
  type PrinterSettings,
} from '../../../../shared/schemas/printer-settings';
import { useT } from '../../i18n/use-t';
import { PrintQueueList } from './print-queue-list';
import { listPrinters, loadPrinterSettings, savePrinterSettings } from './printer-settings-store';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { controlAria, FieldError } from '../../forms/labelled-field';
import {
  printerDraftOf,
  printerSettingsDraftSchema,
  type DocumentSettingDraft,
  type PrinterSettingsDraft,
} from './printer-settings-form';
import { usePrintQueue } from './use-print-queue';
import { ChoiceSelect } from '../../forms/choice-select';

type PrinterForm = UseFormReturn<PrinterSettingsDraft, unknown, PrinterSettings>;
const printerFormId = 'printer-settings';
const settingColumns = ['document', 'printer', 'silent', 'copies', 'onPackComplete'] as const;

/** Documents that can print by themselves when a pack ships. */
const printableOnPack: readonly PrintDocumentKind[] = ['packing_slip', 'invoice'];

function SettingRow({
  kind,
  printers,
  form,
}: {
  kind: PrintDocumentKind;
  printers: readonly PrinterInfo[];
  form: PrinterForm;
}) {
  const t = useT('printing');
  const name = (column: string) => `${t(`kind.${kind}`)}: ${column}`;
  const field = <K extends keyof DocumentSettingDraft>(key: K) => `documents.${kind}.${key}` as const;
  const copiesError = form.formState.errors.documents?.[kind]?.copies?.message;
  const copiesErrorId = `printer-${kind}-copies-error`;
  return (
    <tr data-testid={`printer-setting-${kind}`}>
      <th scope="row">{t(`kind.${kind}`)}</th>
      <td>
        <ChoiceSelect
          aria-label={name(t('settings.printer'))}
          placeholder={t('settings.systemDefault')}
          choices={printers.map((p) => ({ value: p.name, label: p.displayName }))}
          {...form.register(field('deviceName'))}
        />
      </td>
      <td>
        <input type="checkbox" aria-label={name(t('settings.silent'))} {...form.register(field('silent'))} />
      </td>
      <td>
        <input
          type="number"
          min={1}
          max={20}
          className="narrow"
          aria-label={name(t('settings.copies'))}
          {...form.register(field('copies'), { valueAsNumber: true })}
          {...controlAria(copiesError, copiesErrorId)}
        />
        <FieldError id={copiesErrorId} error={copiesError && t('settings.copiesRange')} />
      </td>
      <td>
        {printableOnPack.includes(kind) ? (
          <input
            type="checkbox"
            aria-label={name(t('settings.onPackComplete'))}
            {...form.register(field('printOnPackComplete'))}
          />
        ) : (
          <span className="muted">{t('settings.notApplicable')}</span>
        )}
      </td>
    </tr>
  );
}

/** The printer per document kind, saved on this workstation (the submit button sits in the page's actions). */
function PrinterSettingsForm({
  initial,
  printers,
  onSaved,
  onEdit,
}: {
  initial: PrinterSettings;
  printers: readonly PrinterInfo[];
  onSaved: () => void;
  onEdit: () => void;
}) {
  const t = useT('printing');
  const form = useForm<PrinterSettingsDraft, unknown, PrinterSettings>({
    defaultValues: printerDraftOf(initial),
    resolver: zodResolver(printerSettingsDraftSchema),
    shouldFocusError: true,
  });
  const save = form.handleSubmit(async (settings) => {
    form.reset(printerDraftOf(await savePrinterSettings(settings)));
    onSaved();
  });
  return (
    <form
      id={printerFormId}
      className="card flush"
      noValidate
      onSubmit={(e) => void save(e)}
      onChange={onEdit}
    >
      <table>
        <thead>
          <tr>
            {settingColumns.map((column) => (
              <th key={column}>{t(`settings.${column}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {printDocumentKinds.map((kind) => (
            <SettingRow key={kind} kind={kind} printers={printers} form={form} />
          ))}
        </tbody>
      </table>
    </form>
  );
}

/** Route `#/settings/printers`: this workstation's printer per document kind, and its print queue. */
export function PrintersPage() {
  const t = useT('printing');
  const { queue } = usePrintQueue();
  const [settings, setSettings] = useState<PrinterSettings | undefined>();
  const [printers, setPrinters] = useState<PrinterInfo[]>([]);
  const [notice, setNotice] = useState<string | undefined>();
  useEffect(() => {
    void loadPrinterSettings().then(setSettings);
    void listPrinters().then(setPrinters);
  }, []);
  return (
    <section className="page" data-testid="printers-page">
      <h1>{t('settings.title')}</h1>
      <p className="muted">{t('settings.intro')}</p>
      {!window.orderDesk && <p className="notice">{t('settings.browserNote')}</p>}
      {settings && (
        <PrinterSettingsForm
          initial={settings}
          printers={printers}
          onSaved={() => setNotice(t('settings.saved'))}
          onEdit={() => setNotice(undefined)}
        />
      )}
      <div className="actions">
        <button type="submit" form={printerFormId} className="primary" disabled={!settings}>
          {t('settings.save')}
        </button>
        <button
          type="button"
          onClick={() => queue.enqueue(t('titles.commandSheet'), { kind: 'command_sheet' })}
          data-testid="print-command-sheet"
        >
          {t('actions.commandSheet')}
        </button>
        {notice && (
          <span role="status" className="muted">
            {notice}
          </span>
        )}
      </div>
      <PrintQueueList />
    </section>
  );
}
