import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// kpi-elements is linked from the repository (`file:../..`): its built dist/ is what the app imports.
export default defineConfig({
  plugins: [react()],
});
