import { z } from 'zod';
import { defineOrderCommand } from '../define-order-command';

const tagSchema = z.string().trim().min(1).max(50);

/** Adds tags (kept unique and in insertion order); touching only tags, it merges with other edits. */
export const addTagsCommand = defineOrderCommand({
  type: 'order.add_tags',
  permission: 'orders.edit',
  payload: z.object({ tags: z.array(tagSchema).min(1).max(20) }),
  apply(order, { tags }, ctx) {
    const added = tags.filter((tag) => !order.tags.includes(tag));
    return {
      order: { ...order, tags: [...order.tags, ...new Set(added)], updatedAt: ctx.now },
      effects: [],
      event: { type: 'tags_added', message: `Tags added: ${tags.join(', ')}`, data: { tags } },
    };
  },
});

/** Removes tags; removing an absent tag is not an error. */
export const removeTagsCommand = defineOrderCommand({
  type: 'order.remove_tags',
  permission: 'orders.edit',
  payload: z.object({ tags: z.array(tagSchema).min(1).max(20) }),
  apply(order, { tags }, ctx) {
    return {
      order: { ...order, tags: order.tags.filter((tag) => !tags.includes(tag)), updatedAt: ctx.now },
      effects: [],
      event: { type: 'tags_removed', message: `Tags removed: ${tags.join(', ')}`, data: { tags } },
    };
  },
});

/** Replaces the internal notes of an order. */
export const setNotesCommand = defineOrderCommand({
  type: 'order.set_notes',
  permission: 'orders.edit',
  payload: z.object({ notes: z.string().max(5000) }),
  apply(order, { notes }, ctx) {
    return {
      order: { ...order, notes, updatedAt: ctx.now },
      effects: [],
      event: { type: 'notes_changed', message: 'Notes changed' },
    };
  },
});
