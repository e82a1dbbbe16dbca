import { ModalDialog } from '../../app/modal-dialog';
import { useOneFieldForm } from '../../forms/use-one-field-form';
import { useT } from '../../i18n/use-t';
import { saveViewDraftSchema } from './save-view-schema';

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
  const sentence = (problem: string) => t(`views.${problem as 'nameMissing'}`);
  const form = useOneFieldForm(saveViewDraftSchema, { name: '' }, 'name', 'save-view', sentence);
  const { register, handleSubmit, watch, field: name } = form;
  const submit = handleSubmit((draft) => onSave(draft.name));
  return (
    <ModalDialog title={t('views.dialogTitle')} onCancel={onClose}>
      <form className="save-view-dialog" noValidate onSubmit={(event) => void submit(event)}>
        <label>
          {t('views.name')}
          <input
            {...register('name')}
            maxLength={60}
            data-autofocus
            placeholder={t('views.namePlaceholder')}
            aria-invalid={name.invalid}
            aria-describedby={name.describedBy}
          />
        </label>
        {name.message}
        {existing.includes(watch('name').trim()) && <span className="muted">{t('views.replaces')}</span>}
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
