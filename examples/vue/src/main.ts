import { createApp } from 'vue';
// Registers the two tags (side effect).
import 'kpi-elements/kpi-mrr.js';
import 'kpi-elements/kpi-cac-by-channel.js';
import App from './App.vue';

createApp(App).mount('#app');
