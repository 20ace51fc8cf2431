/**
 * npm run bench:corpus [-- --articles 200] [--entities 25] [--skip-build] [--dist DIR] [--out FILE]
 *
 * The corpus row of the benchmark alone (corpus-row.ts); `npm run bench` runs it after its
 * other rows on the same build unless --no-corpus.
 */
import { commandLine, wholeNumber } from '../cli/args.ts';
import { runCorpusRow } from './corpus-row.ts';

const USAGE = 'npm run bench:corpus [-- --articles 200] [--entities 25] [--skip-build] [--dist DIR] [--out FILE]';
const { values: args } = commandLine(USAGE, {
  options: { articles: { type: 'string' }, entities: { type: 'string' }, 'skip-build': { type: 'boolean' }, dist: { type: 'string' }, out: { type: 'string' } },
});

await runCorpusRow({
  articles: wholeNumber(USAGE, 'articles', args.articles) ?? 200,
  entities: wholeNumber(USAGE, 'entities', args.entities) ?? 25,
  dist: args.dist,
  skipBuild: args['skip-build'] === true,
  out: args.out,
});
