import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * A command's arguments through node:util `parseArgs` (strict, its default: an unknown option or a
 * missing value is an error). A wrong command line prints what is wrong and the usage and
 * exits 2; `--help` prints the usage and exits 0.
 */
export function commandLine<T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  if (process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
    console.log(`usage: ${usage}`);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (error) {
    return wrongUsage(usage, (error as Error).message);
  }
}

/** Says what is wrong with the command line, and how it is used; exits 2. */
export function wrongUsage(usage: string, message?: string): never {
  if (message) console.error(message);
  console.error(`usage: ${usage}`);
  process.exit(2);
}

/** A whole number from 0 up, or the usage. */
export function wholeNumber(usage: string, name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) wrongUsage(usage, `--${name} must be a whole number from 0 up, got "${raw}"`);
  return value;
}
