import { useState } from 'react';
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
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const add = (): void => {
    const checked = checkNewTag(tags, text);
    if (!checked.ok) return setProblem(checked.message);
    onChange([...tags, checked.tag]);
    setText('');
    setProblem(undefined);
  };
  const shown = problem ?? error;
  return (
    <div className="tag-chips" role="group" aria-label="Tags">
      <span className="field-label">Tags</span>
      <ul className="chips" data-testid="edit-tags">
        {tags.map((tag) => (
          <li key={tag} className="chip">
            {tag}
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onChange(tags.filter((t) => t !== tag))}
            >
              ×
            </button>
          </li>
        ))}
        {tags.length === 0 && <li className="muted">No tags</li>}
      </ul>
      <div className="chip-add">
        <input
          aria-label="New tag"
          placeholder="New tag"
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
          Add tag
        </button>
      </div>
      {shown && <span className="field-error">{shown}</span>}
    </div>
  );
}
