// Loaded before the kit, as a same-origin classic script: keeps every kpi-load and kpi-error detail, by
// element, so a test reads them however early they fired.
window.__loads = new Map();
window.__errors = new Map();
document.addEventListener('kpi-load', (e) => window.__loads.set(e.target, JSON.stringify(e.detail)));
document.addEventListener('kpi-error', (e) => window.__errors.set(e.target, e.detail.message));
