/** Automation rules: list and editor. */
const automation = {
  title: 'Automation rules',
  adminOnly: 'Only administrators can change automation rules.',
  newRule: 'New rule',
  saved: 'Saved.',
  deleted: 'Deleted.',
  confirmDelete: 'Delete rule “{{name}}”?',
  none: 'No rules yet.',
  always: 'always',
  and: ' and ',
  or: ' or ',
  column: {
    priority: 'Priority',
    name: 'Name',
    when: 'When',
    conditions: 'Conditions',
    actions: 'Actions',
    enabled: 'Enabled',
  },
  edit: 'Edit',
  delete: 'Delete',
  editor: {
    name: 'Rule name',
    when: 'When',
    trigger: 'Trigger',
    priority: 'Priority',
    enabled: 'Enabled',
    conditions: 'Conditions: match',
    match: 'Match',
    addCondition: '+ Condition',
    field: 'Condition field',
    operator: 'Condition operator',
    value: 'Condition value',
    valuePlaceholder: 'value',
    listPlaceholder: 'a, b, c',
    moneyPlaceholder: 'e.g. {{example}}',
    moneyHint: 'Amount in {{currency}}',
    actions: 'Actions',
    addAction: '+ Action',
    actionType: 'Action type',
    actionStatus: 'Action status',
    actionTag: 'Action tag',
    tagPlaceholder: 'tag',
    method: 'Shipping method',
    chooseMethod: 'Choose…',
    remove: 'Remove',
    save: 'Save rule',
    cancel: 'Cancel',
    amountInvalid: 'Enter an amount like {{example}}.',
    methodMissing: 'Please choose a shipping method.',
  },
};
export default automation;

declare module '../../namespaces' {
  interface Namespaces {
    automation: typeof automation;
  }
}
