export { IdempotencyConfigError } from './IdempotencyConfigError.js';
export { InvalidKeyPartError } from './InvalidKeyPartError.js';
export { MissingPrincipalError } from './MissingPrincipalError.js';
