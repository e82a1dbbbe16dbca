import { useQuery } from '@tanstack/react-query';
import { invoiceSettingsResponseSchema } from '../../../../shared/schemas/invoice-settings';
import { apiRequest } from '../../data/api-client';
import { useData } from '../../data/data-context';

/** Query keys of the invoice settings (server reads; the settings themselves also replicate). */
export const invoiceSettingsKeys = {
  all: ['admin', 'invoice-settings'] as const,
  detail: () => [...invoiceSettingsKeys.all, 'detail'] as const,
};

/** The settings plus this year's EU distance sales (`GET /api/v1/admin/invoice-settings`, online only). */
export function useInvoiceSettingsFromServer(enabled: boolean) {
  const { session } = useData();
  return useQuery({
    queryKey: invoiceSettingsKeys.detail(),
    queryFn: () => apiRequest(session.token, '/api/v1/admin/invoice-settings', invoiceSettingsResponseSchema),
    enabled,
  });
}
