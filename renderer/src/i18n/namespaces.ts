/**
 * The translation namespaces, one per feature. Each English file under `locales/en/<ns>.ts` adds its
 * namespace here by module augmentation, so a new feature adds files and edits nothing shared:
 *
 * ```ts
 * declare module '../../namespaces' {
 *   interface Namespaces { orders: typeof orders }
 * }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by augmentation in locales/en/*.ts
export interface Namespaces {}

/** The shape another language must have: the same keys as the English file, every value a string. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
