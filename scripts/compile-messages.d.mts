/** Compiles the message catalogs with Paraglide JS unless they are unchanged since the last run; true when it compiled. */
export function compileMessages(options?: { force?: boolean }): Promise<boolean>;
/** Every message key of one locale, over all the catalog's areas. */
export function messageKeys(locale: string): string[];
export function catalogStamp(): string;
