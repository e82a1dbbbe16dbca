import { useEffect, useState } from 'react';
import {
  printDocumentKinds,
  type DocumentPrintSetting,
  type PrintDocumentKind,
  type PrinterInfo,
  type PrinterSettings,
} from '../../../../shared/schemas/printer-settings';
import { useT } from '../../i18n/use-t';
import { PrintQueueList } from './print-queue-list';
import { listPrinters, loadPrinterSettings, savePrinterSettings } from './printer-settings-store';
import { usePrintQueue } from './use-print-queue';
import { ChoiceSelect, toChoices } from '../../forms/choice-select';

/** Documents that can print by themselves when a pack ships. */
const printableOnPack: readonly PrintDocumentKind[] = ['packing_slip', 'invoice'];

function SettingRow({
  kind,
  setting,
  printers,
  onChange,
}: {
  kind: PrintDocumentKind;
  setting: DocumentPrintSetting;
  printers: readonly PrinterInfo[];
  onChange: (setting: DocumentPrintSetting) => void;
}) {
  const t = useT('printing');
  return (
    <tr data-testid={`printer-setting-${kind}`}>
      <th scope="row">{t(`kind.${kind}`)}</th>
      <td>
        <ChoiceSelect
          aria-label={`${t(`kind.${kind}`)}: ${t('settings.printer')}`}
          placeholder={t('settings.systemDefault')}
          choices={toChoices(
            printers,
            (p) => p.name,
            (p) => p.displayName,
          )}
          value={setting.deviceName ?? ''}
          onChange={(event) => onChange({ ...setting, deviceName: event.target.value || null })}
        />
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={`${t(`kind.${kind}`)}: ${t('settings.silent')}`}
          checked={setting.silent}
          onChange={(event) => onChange({ ...setting, silent: event.target.checked })}
        />
      </td>
      <td>
        <input
          type="number"
          min={1}
          max={20}
          className="narrow"
          aria-label={`${t(`kind.${kind}`)}: ${t('settings.copies')}`}
          value={setting.copies}
          onChange={(event) =>
            onChange({
              ...setting,
              copies: Math.min(20, Math.max(1, Math.trunc(Number(event.target.value) || 1))),
            })
          }
        />
      </td>
      <td>
        {printableOnPack.includes(kind) ? (
          <input
            type="checkbox"
            aria-label={`${t(`kind.${kind}`)}: ${t('settings.onPackComplete')}`}
            checked={setting.printOnPackComplete}
            onChange={(event) => onChange({ ...setting, printOnPackComplete: event.target.checked })}
          />
        ) : (
          <span className="muted">{t('settings.notApplicable')}</span>
        )}
      </td>
    </tr>
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
  const save = async (): Promise<void> => {
    if (!settings) return;
    setSettings(await savePrinterSettings(settings));
    setNotice(t('settings.saved'));
  };
  return (
    <section className="page" data-testid="printers-page">
      <h1>{t('settings.title')}</h1>
      <p className="muted">{t('settings.intro')}</p>
      {!window.orderDesk && <p className="notice">{t('settings.browserNote')}</p>}
      {settings && (
        <div className="card flush">
          <table>
            <thead>
              <tr>
                <th>{t('settings.document')}</th>
                <th>{t('settings.printer')}</th>
                <th>{t('settings.silent')}</th>
                <th>{t('settings.copies')}</th>
                <th>{t('settings.onPackComplete')}</th>
              </tr>
            </thead>
            <tbody>
              {printDocumentKinds.map((kind) => (
                <SettingRow
                  key={kind}
                  kind={kind}
                  setting={settings.documents[kind]}
                  printers={printers}
                  onChange={(setting) => {
                    setNotice(undefined);
                    setSettings({ documents: { ...settings.documents, [kind]: setting } });
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={() => void save()} disabled={!settings}>
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
