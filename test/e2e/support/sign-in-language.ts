import { expect, type Page } from '@playwright/test';
import { openOrderList, PASSWORD } from '../helpers';

/** The login screen's labels in each interface language. */
const loginWords = {
  de: { email: 'E-Mail', password: 'Passwort', signIn: 'Anmelden' },
  en: { email: 'E-mail', password: 'Password', signIn: 'Sign in' },
} as const;

/** Signs in as the demo admin through a login screen in `language`, then waits for the synced order list. */
export async function signInAdminIn(page: Page, language: keyof typeof loginWords): Promise<void> {
  const w = loginWords[language];
  await page.goto('/');
  await page.getByLabel(w.email, { exact: true }).fill('admin@orderdesk.test');
  await page.getByLabel(w.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: w.signIn }).click();
  await openOrderList(page);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'synced');
}
