/** The connect screen and the workstation settings (server, name, switching server). */
const workstation = {
  nav: 'Workstation',
  connectTitle: 'Connect to server',
  connectIntro: 'Enter the address of your Order Desk server, for example https://orders.example.com.',
  serverAddress: 'Server address',
  testConnection: 'Test connection',
  testing: 'Testing…',
  connected: 'Connected to the Order Desk server at {{url}}.',
  check: {
    invalid_address: 'Enter an http:// or https:// address, e.g. https://orders.example.com.',
    no_answer: 'No answer from {{url}} (offline, wrong address, or not allowed by CORS).',
    bad_status: '{{url}} answered {{status}}: not an Order Desk server.',
    not_order_desk: '{{url}} is not an Order Desk server.',
  },
  invalid: {
    url: 'Enter an http:// or https:// address, e.g. https://orders.example.com.',
    adminEmail: 'Administrator e-mail: enter an address like name@example.com.',
    adminPassword: 'Administrator password: at least 10 characters.',
    deviceName: 'Workstation name: enter 1 to 100 characters.',
  },
  continueToSignIn: 'Continue to sign in',
  standaloneTitle: 'This computer is the server',
  standaloneIntro:
    'Runs the server on this computer with its own database (one workstation only, or a small office). For a new database, name the first administrator.',
  adminEmail: 'Administrator e-mail',
  adminPassword: 'Administrator password (at least 10 characters)',
  startStandalone: 'Use this computer as the server',
  serverLine: 'Server: {{url}}',
  changeServer: 'Change server',
  settingsTitle: 'Workstation',
  deviceName: 'Workstation name',
  deviceNameHelp: 'Shown to administrators in the devices list.',
  deviceId: 'Device id',
  appVersion: 'App version',
  browserBuild: 'browser',
  saveName: 'Save name',
  nameSaved: 'Name saved; the server learns it on the next sync.',
  currentServer: 'Current server',
  lockedServer: 'Set by ORDER_DESK_SERVER_URL on this computer; ask your administrator to change it.',
  newServer: 'New server address',
  switchServer: 'Switch server…',
  switchTitle: 'Switch to another server?',
  switchBody:
    'You will be signed out and the local working copy of this workstation is deleted. It is downloaded again from the new server.',
  pendingBody_one:
    '{{count}} change has not reached the server yet. Sync it first, or discard it explicitly.',
  pendingBody_other:
    '{{count}} changes have not reached the server yet. Sync them first, or discard them explicitly.',
  syncNow: 'Sync now',
  syncing: 'Syncing…',
  discardAndSwitch_one: 'Discard {{count}} change and switch',
  discardAndSwitch_other: 'Discard {{count}} changes and switch',
  switchConfirm: 'Sign out, delete local copy and switch',
  cancel: 'Cancel',
  revoked: 'This workstation was revoked by an administrator. Its local data was deleted.',
  startFailed: 'Could not read the workstation settings: {{reason}}',
  starting: 'Starting…',
};
export default workstation;

declare module '../../namespaces' {
  interface Namespaces {
    workstation: typeof workstation;
  }
}
