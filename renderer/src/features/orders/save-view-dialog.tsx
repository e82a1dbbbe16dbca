import { useState } from 'react';
import { ModalDialog } from '../../app/modal-dialog';
import { useT } from '../../i18n/use-t';

/** Asks for a view's name in the app (Electron has no window.prompt). */
export function SaveViewDialog({
  existing,
  onSave,
  onClose,
}: {
  existing: readonly string[];
  onSave: (name: string) => void;
  onClose: () => void;
}) {
  const t = useT('orders');
  const common = useT('common');
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const trimmed = name.trim();
  return (
    <ModalDialog title={t('views.dialogTitle')} onCancel={onClose}>
      <form
        className="save-view-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (trimmed !== '') onSave(trimmed.slice(0, 60));
        }}
      >
        <label>
          {t('views.name')}
          <input
            value={name}
            maxLength={60}
            data-autofocus
            placeholder={t('views.namePlaceholder')}
            aria-invalid={tried && trimmed === '' ? true : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        {tried && trimmed === '' && <span className="field-error">{t('views.nameMissing')}</span>}
        {existing.includes(trimmed) && <span className="muted">{t('views.replaces')}</span>}
        <div className="row">
          <button type="submit" className="primary">
            {common('action.save')}
          </button>
          <button type="button" onClick={onClose}>
            {common('action.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
