// Types every kpi-* tag in templates (props and @kpi-* events), checked by vue-tsc.
import type {} from 'kpi-elements/vue';
