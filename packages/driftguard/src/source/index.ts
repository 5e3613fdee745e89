export { type ParserLanguage, parserLanguages } from './parserLanguages.js';
