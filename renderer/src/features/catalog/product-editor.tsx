import { useMemo, type InputHTMLAttributes } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Product } from '../../../../shared/schemas/product';
import type { UpdateProductInput } from '../../../../shared/schemas/product-admin';
import { fieldA11y } from '../../forms/field-a11y';
import { vatCategorySchema } from '../../../../shared/schemas/common';
import { useEnumLabel } from '../../i18n/enum-label';
import { useErrorText } from '../../i18n/error-text';
import { moneyInputValue, useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useUpdateProduct } from './mutations';
import { draftOf, productDraftSchema, type ProductDraft, type ProductProblem } from './product-form';

type InputProps = InputHTMLAttributes<HTMLInputElement>;

/** Edits one product: name, net price, VAT category, and a stock change with its reason. */
export function ProductEditor({ product, onDone }: { product: Product; onDone: (message: string) => void }) {
  const update = useUpdateProduct();
  const t = useT('admin');
  const label = useEnumLabel();
  const fmt = useFormat();
  const errorText = useErrorText();
  const schema = useMemo(() => productDraftSchema(product), [product]);
  const form = useForm<ProductDraft, unknown, UpdateProductInput>({
    defaultValues: draftOf(product),
    resolver: zodResolver(schema),
    shouldFocusError: true,
  });
  const { register, formState } = form;
  const sentence = (problem: string): string =>
    t(`catalog.problem.${problem as ProductProblem}`, { example: moneyInputValue(1250, 'EUR', fmt.locale) });
  const a11y = fieldA11y(formState.errors, 'product', sentence);
  const nothing = formState.errors.root?.message;
  const submit = form.handleSubmit((change) =>
    update.mutate(
      { id: product.id, change },
      { onSuccess: (saved) => onDone(t('catalog.saved', { name: saved.name })) },
    ),
  );
  const input = (field: 'name' | 'price' | 'stockDelta' | 'reason', extra: InputProps = {}) => {
    const state = a11y(field);
    return (
      <>
        <input
          {...extra}
          {...register(field)}
          aria-invalid={state.invalid}
          aria-describedby={state.describedBy}
        />
        {state.message}
      </>
    );
  };
  return (
    <form
      className="card form-card"
      aria-label={t('catalog.editProduct', { name: product.name })}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3>
        {product.name} <span className="muted mono">{product.sku}</span>
      </h3>
      <div className="form-grid">
        <label>
          {t('catalog.name')}
          {input('name')}
        </label>
        <label>
          {t('catalog.netPrice')}
          {input('price', { inputMode: 'decimal' })}
        </label>
        <label>
          {t('catalog.vatCategory')}
          <select {...register('vatCategory')}>
            {vatCategorySchema.options.map((category) => (
              <option key={category} value={category}>
                {label('vatCategory', category)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('catalog.stockChange', { onHand: product.stock.onHand })}
          {input('stockDelta', { inputMode: 'numeric', placeholder: t('catalog.stockPlaceholder') })}
        </label>
        <label className="wide">
          {t('catalog.reason')}
          {input('reason', { placeholder: t('catalog.reasonPlaceholder') })}
        </label>
      </div>
      {(nothing ?? update.error) && (
        <p className="error" role="alert">
          {nothing ? sentence(nothing) : errorText(update.error)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={update.isPending}>
          {t('catalog.save')}
        </button>
        <button type="button" onClick={() => onDone('')}>
          {t('catalog.cancel')}
        </button>
      </div>
    </form>
  );
}
