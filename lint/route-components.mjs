// A route's _components are its own: app/a/_components may be imported only from within app/a/
// (its pages, layouts, actions and child routes), and app/_components from anywhere. A component
// two routes need moves up to their nearest common folder's _components.
//
// A rule of our own because the boundary plugin matches paths with micromatch, and route folders
// such as (app) and [id] are glob syntax there: "is the importer inside the folder that owns
// these components" cannot be written as a pattern for every route. Here it is a path prefix.
import path from 'node:path';

const SEGMENT = '/_components/';

/** The folder that owns the _components a path lies in (the innermost one), or null. */
function ownerOf(file) {
  const at = file.lastIndexOf(SEGMENT);
  return at === -1 ? null : file.slice(0, at);
}

/** Project-relative, with forward slashes; null for a package import. */
function resolveSource(source, importer, root) {
  let absolute;
  if (source.startsWith('@/')) absolute = path.join(root, source.slice(2));
  else if (source.startsWith('./') || source.startsWith('../')) absolute = path.resolve(path.dirname(importer), source);
  else return null;
  return path.relative(root, absolute).split(path.sep).join('/');
}

/** @type {import('eslint').Rule.RuleModule} */
export const routeComponents = {
  meta: {
    type: 'problem',
    docs: { description: "A route imports only its own and its ancestors' _components." },
    schema: [],
    messages: {
      foreign:
        '{{source}} hører til ruten {{owner}}/ og kan bare importeres derfra. Flytt komponenten til _components i en felles mappe (app/_components om alle trenger den).',
    },
  },
  create(context) {
    const root = context.cwd;
    const importer = path.relative(root, context.physicalFilename).split(path.sep).join('/');
    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const target = resolveSource(node.value, context.physicalFilename, root);
      const owner = target && ownerOf(`/${target}`)?.slice(1);
      if (owner == null || importer.startsWith(`${owner}/`)) return;
      context.report({ node, messageId: 'foreign', data: { source: node.value, owner } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

const plugin = { rules: { 'route-components': routeComponents } };
export default plugin;
