import { manualClock, runStoreContract } from '../contract.js';
import { createMemoryStore } from './index.js';

runStoreContract('memory', async () => {
  const clock = manualClock();
  const store = createMemoryStore({ clock });
  return { store, elapse: async (ms) => clock.advance(ms), recordCount: async () => store.size, close: async () => {} };
});
