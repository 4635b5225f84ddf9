/**
 * Every route behind the login, as one chunk loaded with the Apollo client: the login page and
 * the public credential page do without it (App.tsx loads this lazily).
 */
export { AppRoutes } from './AppRoutes';
