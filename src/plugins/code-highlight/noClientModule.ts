/**
 * Stands in for the classic theme's Prism client module (see `./index.ts`):
 * does nothing. Code is tokenized at build time (`./tokenize.ts`).
 */
export {};
