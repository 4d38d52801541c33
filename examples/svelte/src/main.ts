import { mount } from 'svelte';
// Registers the two tags (side effect) before the app renders them.
import 'kpi-elements/kpi-mrr.js';
import 'kpi-elements/kpi-cac-by-channel.js';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
