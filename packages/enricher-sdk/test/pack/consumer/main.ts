// Runs the user's plugin through the published testing kit and prints what it found as JSON.
import { runEnricher, runView, traceBuilder } from '@ht/enricher-sdk/testing';
import { customerCallView, customerTier } from './customerTier.js';
import { entryPointFacts } from './entryPoints.js';

const gold = traceBuilder({ tenantId: 'acme', traceId: '4bf92f3577b34da6a3ce929d0e0e4736' })
  .span('frontend', 'GET /checkout', { kind: 'SERVER', attributes: { 'http.request.header.x-plan': 'GOLD' } })
  .call('cart', 'GET /cart/{id}')
  .build();
const anonymous = traceBuilder({ tenantId: 'acme', traceId: '0af7651916cd43dd8448eb211c80319c' })
  .span('frontend', 'GET /', { kind: 'SERVER' })
  .build();

const run = await runEnricher(customerTier, [gold, anonymous], { header: 'x-plan', defaultTier: 'trial' });
const rows = runView(customerCallView, run.traces);
console.log(JSON.stringify({ errors: run.errors, rows, entryPoints: entryPointFacts() }));
