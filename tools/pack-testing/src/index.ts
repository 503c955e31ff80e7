export { WORKSPACE } from './workspace.js';
export { filesIn, pack, unpack } from './tarball.js';
export { publishProblems } from './publishProblems.js';
export { undeclaredImports } from './undeclaredImports.js';
export { installNpmProject, npmEnv, runIn, workspaceVersion } from './npmProject.js';
export type { NpmProject } from './npmProject.js';
