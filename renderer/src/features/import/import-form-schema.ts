import { z } from 'zod';

/** The import form's field as typed: the marketplace the feed's orders come from. */
export interface ImportDraft {
  marketplace: string;
}

/** The marketplace is trimmed and must not be blank (sentence `import:needsMarketplace`). */
export const importDraftSchema = z.object({
  marketplace: z.string().trim().min(1, 'needsMarketplace').max(50, 'marketplaceTooLong'),
});
