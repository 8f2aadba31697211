import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './layout';

// Each page loads when first visited, so the first page stays inside the size budget.
const HomePage = lazy(() => import('../pages/home-page').then((m) => ({ default: m.HomePage })));
const RoadmapPage = lazy(() => import('../pages/roadmap/roadmap-page').then((m) => ({ default: m.RoadmapPage })));
const ProgressPage = lazy(() => import('../pages/progress-page').then((m) => ({ default: m.ProgressPage })));
const ComparePage = lazy(() => import('../pages/compare-page').then((m) => ({ default: m.ComparePage })));
const PlanPage = lazy(() => import('../pages/plan/plan-page').then((m) => ({ default: m.PlanPage })));
const SharedPlanPage = lazy(() => import('../pages/shared-plan-page').then((m) => ({ default: m.SharedPlanPage })));
const NotFoundPage = lazy(() => import('../pages/not-found-page').then((m) => ({ default: m.NotFoundPage })));

/** The route table: every page, and a not-found page for anything else. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="roadmap" element={<RoadmapPage />} />
        <Route path="progress" element={<ProgressPage />} />
        <Route path="compare" element={<ComparePage />} />
        <Route path="plan" element={<PlanPage />} />
        <Route path="shared" element={<SharedPlanPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
