/** The currencies the service sells in. */
export const CURRENCIES = ['USD', 'EUR', 'GBP'] as const;

/** One of `CURRENCIES`. */
export type Currency = (typeof CURRENCIES)[number];

/** A product: its name and its unit price in each currency, in minor units. */
export interface Product {
  readonly name: string;
  readonly prices: Readonly<Record<Currency, number>>;
}

/** What the service sells, by SKU. Every product has a price in every currency. */
export type Catalog = Readonly<Record<string, Product>>;

/** The built-in catalog. `A1` at 12.50 USD makes the seed order (two of them) 25.00 USD. */
export const CATALOG: Catalog = {
  A1: { name: 'Widget', prices: { USD: 1250, EUR: 1150, GBP: 990 } },
  B2: { name: 'Gadget', prices: { USD: 4999, EUR: 4599, GBP: 3999 } },
  C3: { name: 'Gizmo', prices: { USD: 199, EUR: 189, GBP: 159 } },
  D4: { name: 'Doohickey', prices: { USD: 100_000, EUR: 92_000, GBP: 79_000 } },
};
