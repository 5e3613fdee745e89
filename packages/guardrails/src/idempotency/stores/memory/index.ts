export { createMemoryStore, type MemoryStore, type MemoryStoreOptions } from './createMemoryStore.js';
