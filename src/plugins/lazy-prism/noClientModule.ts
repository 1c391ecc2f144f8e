/**
 * Stands in for the classic theme's eager Prism client module (see
 * `./index.ts`): does nothing. Prism is set up by `src/theme/CodeBlock` when a
 * page renders a code block.
 */
export {};
