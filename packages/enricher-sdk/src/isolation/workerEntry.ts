/**
 * The URL of the worker script (`dist/isolation/workerMain.js`). Worker threads run JavaScript only, so
 * when this module itself runs from TypeScript sources (tests), the built script is used: build first.
 */
export function workerMainUrl(): URL {
  const here = import.meta.url;
  if (here.endsWith('.ts'))
    return new URL(here.replace(/\/src\/isolation\/[^/]+\.ts$/, '/dist/isolation/workerMain.js'));
  return new URL('./workerMain.js', here);
}
