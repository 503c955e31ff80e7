export { findUiDist } from './findUiDist.js';
export { uiRoutes } from './uiRoutes.js';
export type { UiRoutesOptions, UiRuntimeConfig } from './uiRoutes.js';
