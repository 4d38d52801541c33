// `npm run analyze`: custom-elements.json from the JSDoc of the elements. Modules are sorted by path so
// that the file is the same on every machine (the glob's order follows the file system's).
export default {
  globs: ['src/components/**/*.ts'],
  litelement: true,
  plugins: [
    {
      name: 'kpi-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
