import { page, Standalone } from './lib/lazyPage';
import { Route, Switch } from './lib/router';

/**
 * The entry holds only React, react-intl, the router and this switch: every page is its own
 * chunk, loaded when first opened (issue #17, bench/first-load.mjs). The login page and the
 * public credential page open without the Apollo client (lib/graphqlRequest); every other route
 * is in AppRoutes, which comes with the Apollo client and the shell (./shell, one chunk).
 */
const LoginPage = page(() => import('./pages/LoginPage'), 'LoginPage');
const CredentialPage = page(() => import('./pages/CredentialPage'), 'CredentialPage');
const AppRoutes = page(() => import('./shell'), 'AppRoutes');

export function App() {
  return (
    <Switch>
      <Route path="/login">
        <Standalone>
          <LoginPage />
        </Standalone>
      </Route>
      {/* public: anyone with the link verifies a credential */}
      <Route path="/credentials/:credentialId">
        <Standalone>
          <CredentialPage />
        </Standalone>
      </Route>
      <Route>
        <Standalone>
          <AppRoutes />
        </Standalone>
      </Route>
    </Switch>
  );
}
