import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  storeInvoiceSettingsSchema,
  type InvoiceSettingsInput,
} from '../../../../shared/schemas/invoice-settings';
import { apiRequest } from '../../data/api-client';
import { useData } from '../../data/data-context';
import { invoiceSettingsKeys } from './queries';

/** Saves the store's invoice settings; the OSS status is read again afterwards. */
export function useSaveInvoiceSettings() {
  const { session } = useData();
  const client = useQueryClient();
  return useMutation({
    networkMode: 'always',
    mutationFn: (form: InvoiceSettingsInput) =>
      apiRequest(session.token, '/api/v1/admin/invoice-settings', storeInvoiceSettingsSchema, {
        method: 'PUT',
        body: form,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: invoiceSettingsKeys.all }),
  });
}
