/**
 * The two kinds of plugin the host runs isolated: enrichers (change a trace) and views (turn a trace into
 * rows). Metric names, metric labels and log fields are named after the kind
 * (`ht_enricher_errors_total{enricher}`, `ht_view_errors_total{view}`).
 */
export type PluginKind = 'enricher' | 'view';
