/**
 * The built file of the picker's entry, for scripting.executeScript (crxjs builds a `?script`
 * import of an `.iife.ts` file as a self-contained classic script and gives its path).
 */
import path from './start.iife.ts?script';

export const PICKER_SCRIPT: string = path;
