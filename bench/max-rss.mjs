// Runs a Node script (argv[2], with the arguments after it) and reports the process's peak resident
// memory, worker threads included, on stderr as "@@max-rss <bytes>" when it exits.
// TypeScript scripts run in this same process (tsx's loader), so that their memory is what is measured.
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], script, ...args];
process.on('exit', () => process.stderr.write(`\n@@max-rss ${process.resourceUsage().maxRSS * 1024}\n`));
await import(pathToFileURL(script).href);
