import { useState } from 'react';
import { map } from 'rxjs';
import { automationRuleSchema, type AutomationRule } from '../../../../shared/schemas/automation-rule';
import { useData } from '../../data/data-context';
import { useObservable } from '../../data/use-observable';
import { useErrorText } from '../../i18n/error-text';
import { useT } from '../../i18n/use-t';
import { useFormat } from '../../i18n/format';
import type { AutomationRuleInput } from '../../../../shared/schemas/automation-rule';
import { useSaveRule } from './mutations';
import { RuleEditor } from './rule-editor';
import { RuleSummary } from './rule-summary';
import { draftOf, emptyDraft, type RuleDraft } from './rule-form';
import { useStoreCurrency } from './use-store-currency';

/** Admin screen: the store's automation rules (replicated, readable offline), edited online. */
export function AutomationRulesPage() {
  const { db, session } = useData();
  const t = useT('automation');
  const fmt = useFormat();
  const errorText = useErrorText();
  const currency = useStoreCurrency();
  const saveRule = useSaveRule();
  const money = { currency, locale: fmt.locale };
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
  if (!session.user.isAdmin) return <p className="pad">{t('adminOnly')}</p>;
  const save = async (input: AutomationRuleInput): Promise<string | null> => {
    try {
      await saveRule.mutateAsync({ id: editing?.id ?? null, input });
      setEditing(null);
      setMessage(t('saved'));
      return null;
    } catch (error) {
      return errorText(error, { currency });
    }
  };
  const remove = async (rule: AutomationRule): Promise<void> => {
    if (!window.confirm(t('confirmDelete', { name: rule.name }))) return;
    try {
      await saveRule.mutateAsync({ id: rule.id, input: null });
      setMessage(t('deleted'));
    } catch (error) {
      setMessage(errorText(error));
    }
  };
  return (
    <section className="page rules-page">
      <div className="toolbar">
        <h1>{t('title')}</h1>
        <button type="button" className="primary" onClick={() => setEditing({ id: null, draft: emptyDraft })}>
          {t('newRule')}
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
          money={money}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
      <table data-testid="rules-table">
        <thead>
          <tr>
            <th>{t('column.priority')}</th>
            <th>{t('column.name')}</th>
            <th>{t('column.when')}</th>
            <th>{t('column.conditions')}</th>
            <th>{t('column.actions')}</th>
            <th>{t('column.enabled')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => (
            <tr key={rule.id}>
              <RuleSummary rule={rule} currency={currency} />
              <td>
                <button
                  type="button"
                  className="link"
                  onClick={() => setEditing({ id: rule.id, draft: draftOf(rule, money) })}
                >
                  {t('edit')}
                </button>
                <button type="button" className="link" onClick={() => void remove(rule)}>
                  {t('delete')}
                </button>
              </td>
            </tr>
          ))}
          {rules.length === 0 && (
            <tr>
              <td colSpan={7} className="muted">
                {t('none')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
