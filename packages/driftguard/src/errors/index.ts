export { InputError } from './InputError.js';
export { UsageError } from './UsageError.js';
