import { useState } from 'react';
import { map } from 'rxjs';
import { automationRuleSchema, type AutomationRule } from '../../../../shared/schemas/automation-rule';
import { useData } from '../../data/data-context';
import { useObservable } from '../../data/use-observable';
import { saveRule } from './rules-api';
import { RuleEditor } from './rule-editor';
import { draftOf, emptyDraft, ruleInputOf, type RuleDraft } from './rule-form';

/** Admin screen: the store's automation rules (replicated, readable offline), edited online. */
export function AutomationRulesPage() {
  const { db, session } = useData();
  const rules = useObservable(
    () =>
      db.automationrules.find().$.pipe(
        map((docs) =>
          docs
            .flatMap((doc) => {
              const parsed = automationRuleSchema.safeParse(doc.toJSON());
              return parsed.success ? [parsed.data] : [];
            })
            .sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : 1)),
        ),
      ),
    [] as AutomationRule[],
    [db],
  );
  const [editing, setEditing] = useState<{ id: string | null; draft: RuleDraft } | null>(null);
  const [message, setMessage] = useState('');
  if (!session.user.isAdmin) return <p className="pad">Only administrators can change automation rules.</p>;
  const save = async (draft: RuleDraft): Promise<string | null> => {
    const checked = ruleInputOf(draft);
    if (!checked.ok) return checked.problems.join('; ');
    const error = await saveRule(session.token, editing?.id ?? null, checked.input);
    if (!error) {
      setEditing(null);
      setMessage('Saved.');
    }
    return error;
  };
  const remove = async (rule: AutomationRule): Promise<void> => {
    if (!window.confirm(`Delete rule “${rule.name}”?`)) return;
    setMessage((await saveRule(session.token, rule.id, null)) ?? 'Deleted.');
  };
  return (
    <section className="page rules-page">
      <div className="toolbar">
        <h2>Automation rules</h2>
        <button type="button" className="primary" onClick={() => setEditing({ id: null, draft: emptyDraft })}>
          New rule
        </button>
        {message && (
          <span role="status" className="muted">
            {message}
          </span>
        )}
      </div>
      {editing && (
        <RuleEditor
          key={editing.id ?? 'new'}
          initial={editing.draft}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
      <table data-testid="rules-table">
        <thead>
          <tr>
            <th>Priority</th>
            <th>Name</th>
            <th>When</th>
            <th>Conditions</th>
            <th>Actions</th>
            <th>Enabled</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <tr key={rule.id}>
              <td>{rule.priority}</td>
              <td>{rule.name}</td>
              <td>{rule.trigger}</td>
              <td>
                {rule.conditions.items.length === 0
                  ? 'always'
                  : rule.conditions.items
                      .map(
                        (c) =>
                          `${c.field} ${c.operator} ${Array.isArray(c.value) ? c.value.join('|') : String(c.value)}`,
                      )
                      .join(rule.conditions.match === 'all' ? ' and ' : ' or ')}
              </td>
              <td>
                {rule.actions
                  .map((a) => a.type + ('tag' in a ? ` ${a.tag}` : 'status' in a ? ` ${a.status}` : ''))
                  .join(', ')}
              </td>
              <td>{rule.enabled ? 'yes' : 'no'}</td>
              <td>
                <button
                  type="button"
                  className="link"
                  onClick={() => setEditing({ id: rule.id, draft: draftOf(rule) })}
                >
                  Edit
                </button>
                <button type="button" className="link" onClick={() => void remove(rule)}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
          {rules.length === 0 && (
            <tr>
              <td colSpan={7} className="muted">
                No rules yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
