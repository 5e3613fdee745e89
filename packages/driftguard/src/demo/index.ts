export { type DemoExample, locateExample } from './locateExample.js';
export { DEMO_PR_BODY, type DemoOptions, type DemoOutcome, runDemo } from './runDemo.js';
