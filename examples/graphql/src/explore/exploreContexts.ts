import { GraphQLError } from 'graphql';
import type { ViewCatalog } from '../query/ViewCatalog.js';

/**
 * The built-in `explore` contexts, Hypertrace's names for the built-in views.
 *
 * @example
 * ```ts
 * BUILTIN_CONTEXTS['API_TRACE']; // 'raw_service_view'
 * ```
 */
export const BUILTIN_CONTEXTS: Readonly<Record<string, string>> = Object.freeze({
  SPAN: 'span_event_view',
  TRACE: 'raw_trace_view',
  API_TRACE: 'raw_service_view',
  BACKEND_TRACE: 'backend_entity_view',
  LOG_EVENT: 'log_event_view',
});

/**
 * The view an `explore` context reads: a built-in context's view, or the served view of that name (user
 * views included). An unknown context is an error listing the valid ones.
 *
 * @example
 * ```ts
 * contextView('SPAN', catalog); // 'span_event_view'
 * contextView('customer_call_view', catalog); // 'customer_call_view', when the plugin's view is on
 * ```
 */
export function contextView(context: string, catalog: ViewCatalog): string {
  const builtin = Object.hasOwn(BUILTIN_CONTEXTS, context) ? BUILTIN_CONTEXTS[context] : undefined;
  if (builtin !== undefined && catalog.has(builtin)) return builtin;
  if (catalog.has(context)) return context;
  const valid = [
    ...Object.entries(BUILTIN_CONTEXTS)
      .filter(([, view]) => catalog.has(view))
      .map(([name]) => name),
    ...catalog.names(),
  ];
  throw new GraphQLError(`unknown context '${context.slice(0, 80)}': the valid contexts are ${valid.join(', ')}`, {
    extensions: { code: 'BAD_USER_INPUT', argument: 'context', validContexts: valid },
  });
}
