import { useMutation, useQueryClient } from '@tanstack/react-query';
import { storeInvoiceSettingsSchema } from '../../../../shared/schemas/invoice-settings';
import { apiRequest } from '../../data/api-client';
import { useData } from '../../data/data-context';
import type { SettingsForm } from './invoice-settings-fields';
import { invoiceSettingsKeys } from './queries';

/** Saves the store's invoice settings; the OSS status is read again afterwards. */
export function useSaveInvoiceSettings() {
  const { session } = useData();
  const client = useQueryClient();
  return useMutation({
    networkMode: 'always',
    mutationFn: (form: SettingsForm) =>
      apiRequest(session.token, '/api/v1/admin/invoice-settings', storeInvoiceSettingsSchema, {
        method: 'PUT',
        body: form,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: invoiceSettingsKeys.all }),
  });
}
