import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from './components/Layout.js';
import { Loading } from './components/States.js';

// Each page is its own chunk: the first load fetches the layout and the page it opens.
const Dashboard = lazy(() => import('./pages/Dashboard.js'));
const Services = lazy(() => import('./pages/Services.js'));
const ServiceDetail = lazy(() => import('./pages/ServiceDetail.js'));
const Traces = lazy(() => import('./pages/Traces.js'));
const TraceDetail = lazy(() => import('./pages/TraceDetail.js'));
const ServiceMap = lazy(() => import('./pages/ServiceMap.js'));
const Endpoints = lazy(() => import('./pages/Endpoints.js'));
const Backends = lazy(() => import('./pages/Backends.js'));
const EndpointDetail = lazy(() => import('./pages/EndpointDetail.js'));
const BackendDetail = lazy(() => import('./pages/BackendDetail.js'));
const TraceCompare = lazy(() => import('./pages/TraceCompare.js'));
const Explorer = lazy(() => import('./pages/Explorer.js'));
const Dashboards = lazy(() => import('./pages/Dashboards.js'));
const DashboardView = lazy(() => import('./pages/DashboardView.js'));
const NotFound = lazy(() => import('./pages/NotFound.js'));

/** The UI: the layout (nav, time range, theme) around one page per route. */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<Page element={<Dashboard />} />} />
          <Route path="services" element={<Page element={<Services />} />} />
          <Route path="services/:service" element={<Page element={<ServiceDetail />} />} />
          <Route path="traces" element={<Page element={<Traces />} />} />
          <Route path="traces/:traceId" element={<Page element={<TraceDetail />} />} />
          <Route path="compare/:a/:b" element={<Page element={<TraceCompare />} />} />
          <Route path="map" element={<Page element={<ServiceMap />} />} />
          <Route path="endpoints" element={<Page element={<Endpoints />} />} />
          <Route path="endpoints/:service/:api" element={<Page element={<EndpointDetail />} />} />
          <Route path="backends" element={<Page element={<Backends />} />} />
          <Route path="backends/:backend" element={<Page element={<BackendDetail />} />} />
          <Route path="explorer" element={<Page element={<Explorer />} />} />
          <Route path="dashboards" element={<Page element={<Dashboards />} />} />
          <Route path="dashboards/view" element={<Page element={<DashboardView />} />} />
          <Route path="*" element={<Page element={<NotFound />} />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}

function Page({ element }: { element: React.ReactNode }) {
  return <Suspense fallback={<Loading what="the page" />}>{element}</Suspense>;
}
