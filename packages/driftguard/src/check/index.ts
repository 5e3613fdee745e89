export { type CheckInput, runCheck } from './runCheck.js';
