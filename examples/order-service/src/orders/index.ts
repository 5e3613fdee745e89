/** Orders: the domain types, the catalog and pricing, placing an order, and its HTTP routes. */
export { CATALOG, type Catalog, CURRENCIES, type Currency, type Product } from './catalog.js';
export type { NewOrder, Order, OrderLine, OrderStatus, SettledStatus } from './Order.js';
export type {
  OrderQuery,
  OrderRepository,
  PaymentEventRecord,
  PaymentEventResult,
  PaymentSettlement,
} from './OrderRepository.js';
export { type CaptureIdentity, deriveCaptureKey, deriveOrderId, type OrderRequestIdentity } from './orderKeys.js';
export { type OrderListQuery, OrderListQuerySchema, type OrderRequest, OrderRequestSchema } from './orderRequest.js';
export { type OrderResponse, orderResponse } from './orderResponse.js';
export { registerOrderRoutes } from './orderRoutes.js';
export { canSettle, SETTLES_FROM } from './orderStatus.js';
export { type PlaceOrderCommand, type PlaceOrderDeps, placeOrder } from './placeOrder.js';
export { type PricedOrder, priceOrder } from './priceOrder.js';
