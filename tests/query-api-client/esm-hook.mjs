// @neo4j-labs/experimental-query-api-wrapper 0.0.1-alpha07 ships ES-module syntax in lib/ but declares
// "type": "commonjs" and imports its own files without extensions ('./wrapper.impl', './http-connection'),
// so Node 20 refuses to load it either way. Inside that package only, this hook loads .js files as ES
// modules and resolves extensionless relative imports to 'x.js' or 'x/index.js'. Nothing else is touched.
const PACKAGE = '/node_modules/@neo4j-labs/experimental-query-api-wrapper/';

const inPackage = (url) => typeof url === 'string' && url.includes(PACKAGE);

export async function resolve(specifier, context, nextResolve) {
  const relative = specifier.startsWith('./') || specifier.startsWith('../');
  if (inPackage(context.parentURL) && relative && !specifier.endsWith('.js')) {
    for (const candidate of [`${specifier}.js`, `${specifier}/index.js`]) {
      try {
        return await nextResolve(candidate, context);
      } catch (error) {
        if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
      }
    }
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (inPackage(url) && url.endsWith('.js')) {
    return nextLoad(url, { ...context, format: 'module' });
  }
  return nextLoad(url, context);
}
