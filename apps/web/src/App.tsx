import { lazy, Suspense, useEffect, useMemo } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { BrowserRouter, Navigate, Route, Routes, useNavigate } from 'react-router';
import { createApolloClient } from './api/client';
import { session } from './auth/session';
import { SignInPage } from './auth/SignInPage';
import { Shell } from './components/Shell';
import { PageLoading } from './components/PageState';
import { HomeRedirect } from './pages/HomeRedirect';
import { NotFoundPage } from './pages/NotFoundPage';

// Platforms load after sign-in, so the sign-in page's JavaScript stays small.
const DivisionPage = lazy(() => import('./pages/division/DivisionPage'));
const SitePage = lazy(() => import('./pages/site/SitePage'));
const HouseholdPage = lazy(() => import('./pages/household/HouseholdPage'));
const ImportsPage = lazy(() => import('./pages/imports/ImportsPage'));
const SpecialTasksPage = lazy(() => import('./pages/special-tasks/SpecialTasksPage'));
const AdminPage = lazy(() => import('./pages/admin/AdminPage'));

function RequireSession({ children }: { children: React.ReactNode }) {
  return session.token() ? <>{children}</> : <Navigate to="/signin" replace />;
}

/** A token that stops working (expired, revoked) returns the tab to the sign-in page. */
function SessionWatcher({ onEnded }: { onEnded: () => void }) {
  const navigate = useNavigate();
  useEffect(
    () =>
      session.onEnded(() => {
        onEnded();
        navigate('/signin', { replace: true });
      }),
    [navigate, onEnded],
  );
  return null;
}

export function App() {
  const client = useMemo(() => createApolloClient(), []);
  const clearCache = useMemo(() => () => void client.clearStore(), [client]);
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#b7312c', borderRadius: 4 } }}>
      <AntApp>
        <ApolloProvider client={client}>
          <BrowserRouter>
            <SessionWatcher onEnded={clearCache} />
            <Routes>
              <Route path="/signin" element={<SignInPage />} />
              <Route
                element={
                  <RequireSession>
                    <Shell />
                  </RequireSession>
                }
              >
                <Route index element={<HomeRedirect />} />
                <Route path="division/:code" element={<Lazy page={<DivisionPage />} />} />
                <Route path="site/:id" element={<Lazy page={<SitePage />} />} />
                <Route path="household/:id" element={<Lazy page={<HouseholdPage />} />} />
                <Route path="imports/:id?" element={<Lazy page={<ImportsPage />} />} />
                <Route path="special-tasks/:code" element={<Lazy page={<SpecialTasksPage />} />} />
                <Route path="manage" element={<Lazy page={<AdminPage />} />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}

function Lazy({ page }: { page: React.ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{page}</Suspense>;
}
