import type en from '../en/workstation';
import type { Messages } from '../../namespaces';

export default {
  nav: 'Arbeitsplatz',
  connectTitle: 'Mit dem Server verbinden',
  connectIntro:
    'Geben Sie die Adresse Ihres Order-Desk-Servers ein, zum Beispiel https://orders.example.com.',
  serverAddress: 'Serveradresse',
  testConnection: 'Verbindung testen',
  testing: 'Wird getestet…',
  connected: 'Verbunden mit dem Order-Desk-Server unter {{url}}.',
  check: {
    invalid_address: 'Bitte eine http://- oder https://-Adresse eingeben, z. B. https://orders.example.com.',
    no_answer: 'Keine Antwort von {{url}} (offline, falsche Adresse oder von CORS nicht zugelassen).',
    bad_status: '{{url}} antwortet mit {{status}}: kein Order-Desk-Server.',
    not_order_desk: '{{url}} ist kein Order-Desk-Server.',
  },
  invalid: {
    url: 'Bitte eine http://- oder https://-Adresse eingeben, z. B. https://orders.example.com.',
    adminEmail: 'E-Mail des Administrators: bitte eine Adresse wie name@beispiel.de eingeben.',
    adminPassword: 'Passwort des Administrators: mindestens 10 Zeichen.',
    deviceName: 'Name des Arbeitsplatzes: bitte 1 bis 100 Zeichen eingeben.',
  },
  continueToSignIn: 'Weiter zur Anmeldung',
  standaloneTitle: 'Dieser Rechner ist der Server',
  standaloneIntro:
    'Der Server läuft auf diesem Rechner mit eigener Datenbank (nur ein Arbeitsplatz oder ein kleines Büro). Für eine neue Datenbank legen Sie den ersten Administrator an.',
  adminEmail: 'E-Mail des Administrators',
  adminPassword: 'Passwort des Administrators (mindestens 10 Zeichen)',
  startStandalone: 'Diesen Rechner als Server nutzen',
  serverLine: 'Server: {{url}}',
  changeServer: 'Server wechseln',
  settingsTitle: 'Arbeitsplatz',
  deviceName: 'Name des Arbeitsplatzes',
  deviceNameHelp: 'Administratoren sehen ihn in der Geräteliste.',
  deviceId: 'Geräte-ID',
  appVersion: 'App-Version',
  browserBuild: 'Browser',
  saveName: 'Namen speichern',
  nameSaved: 'Name gespeichert; der Server erfährt ihn bei der nächsten Synchronisierung.',
  currentServer: 'Aktueller Server',
  lockedServer:
    'Auf diesem Rechner durch ORDER_DESK_SERVER_URL festgelegt; Änderungen nur über Ihren Administrator.',
  newServer: 'Neue Serveradresse',
  switchServer: 'Server wechseln…',
  switchTitle: 'Zu einem anderen Server wechseln?',
  switchBody:
    'Sie werden abgemeldet, und die lokale Arbeitskopie dieses Arbeitsplatzes wird gelöscht. Sie wird vom neuen Server neu geladen.',
  pendingBody_one:
    '{{count}} Änderung ist noch nicht beim Server angekommen. Erst synchronisieren oder ausdrücklich verwerfen.',
  pendingBody_other:
    '{{count}} Änderungen sind noch nicht beim Server angekommen. Erst synchronisieren oder ausdrücklich verwerfen.',
  syncNow: 'Jetzt synchronisieren',
  syncing: 'Wird synchronisiert…',
  discardAndSwitch_one: '{{count}} Änderung verwerfen und wechseln',
  discardAndSwitch_other: '{{count}} Änderungen verwerfen und wechseln',
  switchConfirm: 'Abmelden, lokale Kopie löschen und wechseln',
  cancel: 'Abbrechen',
  revoked: 'Dieser Arbeitsplatz wurde von einem Administrator gesperrt. Seine lokalen Daten wurden gelöscht.',
  startFailed: 'Die Einstellungen des Arbeitsplatzes konnten nicht gelesen werden: {{reason}}',
  starting: 'Wird gestartet…',
} satisfies Messages<typeof en>;
