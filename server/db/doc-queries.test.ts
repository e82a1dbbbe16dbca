import { describe, expect, it } from 'vitest';
import { docText, liveDocs } from './doc-queries';

describe('document queries', () => {
  it('writes a field key literally, so the expression indexes on data->>… match', () => {
    const query = liveDocs('orders', 'store-1')
      .select('id')
      .where(docText('status'), '=', 'open')
      .orderBy(docText('createdAt'), 'desc')
      .compile();
    expect(query.sql).toContain(`data->>'status' = $3`);
    expect(query.sql).toContain(`order by data->>'createdAt' desc`);
    expect(query.parameters).toEqual(['orders', 'store-1', 'open']);
  });

  it('leaves deleted documents out', () => {
    expect(liveDocs('products', 'store-1').select('id').compile().sql).toBe(
      'select "id" from "docs" where "collection" = $1 and "store_id" = $2 and not "deleted"',
    );
  });

  it('escapes a quote in a field name instead of ending the literal', () => {
    expect(liveDocs('orders', 's').select(docText("a'b").as('v')).compile().sql).toContain(`data->>'a''b'`);
  });
});
