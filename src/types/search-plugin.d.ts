/**
 * Types of the modules of `@easyops-cn/docusaurus-search-local` (0.55) that
 * the site's search uses directly. The plugin ships them as untyped
 * JavaScript; only the members used here are declared, with the shapes of
 * the plugin's source (`src/client/theme/searchByWorker.ts`, `worker.ts`).
 */
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker' {
  import type {IndexHit} from '@site/src/components/SiteSearch/rank';
  /**
   * Starts the plugin's Web Worker (once) and has it fetch and load the
   * search index of `baseUrl` (the docs version URL, here the site's base URL).
   */
  export function fetchIndexesByWorker(baseUrl: string, searchContext: string): Promise<void>;
  /**
   * Searches the loaded index in the worker: every word of `input` required,
   * at most `limit` hits. In development (no index) it returns `[]`.
   */
  export function searchByWorker(
    baseUrl: string,
    searchContext: string,
    input: string,
    limit: number,
  ): Promise<IndexHit[]>;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/worker.js' {
  import type {IndexHit} from '@site/src/components/SiteSearch/rank';
  /** The worker's class, as the worker exposes it through Comlink. */
  export class SearchWorker {
    fetchIndexes(baseUrl: string, searchContext: string): Promise<void>;
    search(baseUrl: string, searchContext: string, input: string, limit: number): Promise<IndexHit[]>;
  }
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants' {
  /** The index file's URL relative to the base URL, with `{dir}` for a search context, e.g. `search-index{dir}.json?_=b28c10cc`. */
  export const searchIndexUrl: string;
  /** The plugin option `searchResultLimits`: results shown in the navbar list. */
  export const searchResultLimits: number;
}

declare module '@easyops-cn/autocomplete.js' {
  /** A dataset's templates: HTML strings (autocomplete.js inserts them as markup: escape every text). */
  interface Templates<T> {
    suggestion(item: T): string;
    empty?(context: {query: string; isEmpty: boolean}): string;
    header?(context: {query: string; isEmpty: boolean}): string;
    footer?(context: {query: string; isEmpty: boolean}): string;
  }
  interface Dataset<T> {
    source(query: string, callback: (items: T[]) => void): void;
    templates: Templates<T>;
    /** Whether results of a query are reused when it is typed again (default true). */
    cache?: boolean;
  }
  interface Options {
    hint?: boolean;
    autoselect?: boolean;
    openOnFocus?: boolean;
    /** Whether Tab selects the highlighted suggestion (default true). */
    tabAutocomplete?: boolean;
    minLength?: number;
    autoWidth?: boolean;
    cssClasses?: Record<string, string | boolean>;
  }
  /** The object autocomplete.js keeps on the input's wrapper. */
  interface Instance {
    on(event: 'autocomplete:selected', handler: (event: unknown, item: unknown) => void): Instance;
    on(event: 'autocomplete:closed' | 'autocomplete:opened' | 'autocomplete:updated', handler: () => void): Instance;
    autocomplete: {
      open(): void;
      close(): void;
      setVal(value: string): void;
      getVal(): string;
      destroy(): void;
    };
  }
  /** Turns `input` into a combobox with a list of suggestions (wrapping it in a `<span>`). */
  function autocomplete<T>(input: HTMLInputElement, options: Options, datasets: Dataset<T>[]): Instance;
  namespace autocomplete {
    function noConflict(): void;
  }
  export default autocomplete;
}

declare module '@easyops-cn/docusaurus-search-local/dist/server/server/index.js' {
  import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
  import type {PluginOptions} from '@easyops-cn/docusaurus-search-local';
  /** The search plugin's factory (the package's main export). */
  export default function DocusaurusSearchLocalPlugin(context: LoadContext, options: PluginOptions): Plugin;
  /** Validates and completes the plugin's options (Joi), as Docusaurus calls it for the package. */
  export function validateOptions(args: OptionValidationContext<PluginOptions, PluginOptions>): PluginOptions;
}
