import {createContext} from 'react';
import type {CompactLine} from './tokens';

/**
 * The build-time tokens of the code block being rendered, from
 * `TokenizedCodeBlock` to the code block's content
 * (`src/theme/CodeBlock/Content`); `null` outside one, where code is plain.
 */
export const CodeTokensContext = createContext<readonly CompactLine[] | null>(null);
