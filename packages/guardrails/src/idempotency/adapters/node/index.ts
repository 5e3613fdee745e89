/** Node `IncomingMessage`/`ServerResponse` helpers shared by the node:http and Express adapters. */
export { type CapturedResponse, captureResponse, type ResponseCapture } from './captureResponse.js';
export { type ReadBody, readBody } from './readBody.js';
export { sendResponse } from './sendResponse.js';
