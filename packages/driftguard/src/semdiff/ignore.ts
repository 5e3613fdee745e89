/** Changed files semdiff leaves out unless the config says otherwise; defined with the other config defaults. */
export { DEFAULT_SEMDIFF_IGNORE, DEFAULT_SEMDIFF_TESTS } from '../config/defaults.js';
