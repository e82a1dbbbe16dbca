import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyDeviceLanguage } from './i18n/language-preference';
import './styles.css';
import './app/focus.css';

// The shell is cached by a service worker so the app starts offline in a browser; Electron loads it locally.
if ('serviceWorker' in navigator && window.location.protocol.startsWith('http')) {
  void navigator.serviceWorker.register('./sw.js').catch(() => undefined);
}

applyDeviceLanguage();
const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
