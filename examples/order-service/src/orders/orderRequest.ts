import { z } from 'zod';
import { CURRENCIES } from './catalog.js';

const CUSTOMER_ID = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[A-Za-z0-9_-]*$/, 'may hold only letters, digits, "_" and "-"');

/** The body of `POST /orders`. Unknown fields are ignored; every problem is reported, not just the first. */
export const OrderRequestSchema = z.object({
  customer_id: CUSTOMER_ID,
  items: z
    .array(
      z.object({
        sku: z.string().min(1, 'must not be empty').max(32, 'must be at most 32 characters'),
        qty: z.int().min(1, 'must be at least 1').max(1000, 'must be at most 1000'),
      }),
    )
    .min(1, 'must hold at least one item')
    .max(50, 'must hold at most 50 items'),
  currency: z.enum(CURRENCIES),
});

/** A valid `POST /orders` body. */
export type OrderRequest = z.output<typeof OrderRequestSchema>;

/** The query of `GET /orders`: an optional customer and a page size (default 50). */
export const OrderListQuerySchema = z.object({
  customer_id: CUSTOMER_ID.optional(),
  limit: z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(1, 'must be at least 1').max(100, 'must be at most 100'))
    .default(50),
});

/** A valid `GET /orders` query. */
export type OrderListQuery = z.output<typeof OrderListQuerySchema>;
