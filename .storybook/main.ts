import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // Docs pages show each element's API (attributes, properties, events, parts, CSS properties) from the manifest.
  addons: ['@storybook/addon-docs'],
  // The sample company, served as /data/company.json for the stories that load it by URL.
  staticDirs: [{ from: '../demo/data', to: '/data' }],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    // One Lit instance for stories and components (otherwise "Multiple versions of Lit loaded").
    return mergeConfig(viteConfig, { optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] } });
  },
};

export default config;
