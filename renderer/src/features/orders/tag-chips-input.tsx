import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { checkNewTag } from './order-edit-form';

/** Tags as removable chips plus an input that adds one on Enter or "Add". */
export function TagChipsInput({
  tags,
  error,
  onChange,
}: {
  tags: readonly string[];
  error: string | undefined;
  onChange: (next: string[]) => void;
}) {
  const t = useT('orders');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const add = (): void => {
    const checked = checkNewTag(tags, text);
    if (!checked.ok) return setProblem(t(`tags.${checked.problem}`, { tag: checked.tag }));
    onChange([...tags, checked.tag]);
    setText('');
    setProblem(undefined);
  };
  const shown = problem ?? error;
  return (
    <div className="tag-chips" role="group" aria-label={t('tags.label')}>
      <span className="field-label">{t('tags.label')}</span>
      <ul className="chips" data-testid="edit-tags">
        {tags.map((tag) => (
          <li key={tag} className="chip">
            {tag}
            <button
              type="button"
              className="chip-remove"
              aria-label={t('tags.remove', { tag })}
              onClick={() => onChange(tags.filter((other) => other !== tag))}
            >
              ×
            </button>
          </li>
        ))}
        {tags.length === 0 && <li className="muted">{t('tags.none')}</li>}
      </ul>
      <div className="chip-add">
        <input
          aria-label={t('tags.new')}
          placeholder={t('tags.new')}
          value={text}
          maxLength={50}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            add();
          }}
        />
        <button type="button" onClick={add}>
          {t('tags.add')}
        </button>
      </div>
      {shown && <span className="field-error">{shown}</span>}
    </div>
  );
}
