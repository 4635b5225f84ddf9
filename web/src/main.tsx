import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { App } from './App';
import { I18nProvider } from './i18n/I18nProvider';
import { createApolloClient } from './lib/apollo';
import './styles/index.css';

let leaving = false;
const client = createApolloClient(() => {
  // the session ended under us: forget everything and start again from the login page
  if (leaving) return;
  leaving = true;
  void client.clearStore().finally(() => {
    const next = window.location.pathname + window.location.search;
    window.location.assign(`/login?ended=1&next=${encodeURIComponent(next)}`);
  });
});

// a data router (one catch-all route holding App's <Routes>), so pages can use useBlocker
const router = createBrowserRouter([{ path: '*', element: <App /> }]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </I18nProvider>
  </StrictMode>,
);
