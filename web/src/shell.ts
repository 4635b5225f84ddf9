/**
 * What every page behind the login needs, as one chunk loaded with the Apollo client: the login
 * page and the public credential page do without it (App.tsx loads these lazily).
 */
export { ApolloRoot } from './lib/ApolloRoot';
export { RequireViewer } from './modules/auth/components/RequireViewer';
export { AppShell } from './modules/shell/components/AppShell';
export { RoleGate } from './modules/shell/components/RoleGate';
export { HomeRedirect } from './pages/HomeRedirect';
export { NotFoundPage } from './pages/NotFoundPage';
