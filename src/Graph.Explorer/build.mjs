// Builds the explorer into src/Graph.Api/wwwroot: one bundled ES module (cytoscape included, no CDN),
// one stylesheet and index.html with a content hash on both so browsers never run a stale bundle.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = process.env.EXPLORER_OUT_DIR ?? join(here, '..', 'Graph.Api', 'wwwroot');

// The file set is fixed (index.html, app.js, app.css, map, licences): files are overwritten, never removed, so
// MSBuild's view of wwwroot/ taken before this runs stays true.
await mkdir(outDir, { recursive: true });

const result = await build({
  entryPoints: { app: join(here, 'src', 'main.js') },
  bundle: true,
  format: 'esm',
  target: ['es2022'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  outdir: outDir,
  metafile: true,
  logLevel: 'warning',
});

const hash = async (file) => createHash('sha256').update(await readFile(join(outDir, file))).digest('hex').slice(0, 12);
const css = await readFile(join(here, 'src', 'styles.css'));
await writeFile(join(outDir, 'app.css'), css);
const html = (await readFile(join(here, 'src', 'index.html'), 'utf8'))
  .replace('app.js', `app.js?v=${await hash('app.js')}`)
  .replace('app.css', `app.css?v=${await hash('app.css')}`);
await writeFile(join(outDir, 'index.html'), html);

const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(`explorer: built ${Object.keys(result.metafile.outputs).length + 2} files (${Math.round(bytes / 1024)} KiB) into ${outDir}`);
