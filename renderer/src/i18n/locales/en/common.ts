/** The shell (header, navigation, language), login, sync and words every screen uses. */
const common = {
  appName: 'Order Desk',
  nav: {
    skipToContent: 'Skip to content',
    settings: 'Settings',
    main: 'Main navigation',
    orders: 'Orders',
    exceptions: 'Exceptions',
    invoices: 'Invoices',
    customers: 'Customers',
    invoiceSettings: 'Invoicing',
    automation: 'Automation',
    shipping: 'Shipping',
    sync: 'Sync',
  },
  user: { signOut: 'Sign out', language: 'Language' },
  languageName: { de: 'Deutsch', en: 'English' },
  login: {
    title: 'Sign in',
    intro: 'Sign in with your staff account.',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    invalid: {
      email: 'E-mail: enter an address like name@example.com.',
      password: 'Password: enter your password.',
    },
  },
  sync: {
    offline: 'Offline',
    syncing: 'Syncing',
    synced: 'Synced',
    waiting_one: '{{count}} waiting',
    waiting_other: '{{count}} waiting',
    problems_one: '{{count}} problem',
    problems_other: '{{count}} problems',
    lastSync: 'last sync {{time}}',
    lastSyncTitle: 'Last successful sync {{time}}',
    notYet: 'not synced yet',
  },
  data: {
    opening: 'Opening local data…',
    openFailed: 'The local data could not be opened. Please restart the app.',
  },
  action: {
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    delete: 'Delete',
    edit: 'Edit',
    back: 'Back',
    retry: 'Try again',
    dismiss: 'Dismiss',
    apply: 'Apply',
  },
  loading: 'Loading…',
  none: 'None',
  yes: 'Yes',
  no: 'No',
  all: 'All',
};
export default common;

declare module '../../namespaces' {
  interface Namespaces {
    common: typeof common;
  }
}
