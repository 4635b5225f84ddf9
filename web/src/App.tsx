import { Route, Routes } from 'react-router';
import { RequireViewer } from './modules/auth/components/RequireViewer';
import { AppShell } from './modules/shell/components/AppShell';
import { RoleGate } from './modules/shell/components/RoleGate';
import { AcceptInvitationPage } from './pages/AcceptInvitationPage';
import { AdminHomePage } from './pages/AdminHomePage';
import { AdminPartnerPage } from './pages/AdminPartnerPage';
import { CoachHomePage } from './pages/CoachHomePage';
import { HomeRedirect } from './pages/HomeRedirect';
import { LearnerHomePage } from './pages/LearnerHomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OutboxPage } from './pages/OutboxPage';
import { PartnerHomePage } from './pages/PartnerHomePage';

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/invite/:token" element={<AcceptInvitationPage />} />
      <Route element={<RequireViewer />}>
        <Route element={<AppShell />}>
          <Route index element={<HomeRedirect />} />
          <Route path="admin" element={<RoleGate role="ADMIN"><AdminHomePage /></RoleGate>} />
          <Route path="admin/outbox" element={<RoleGate role="ADMIN"><OutboxPage /></RoleGate>} />
          <Route path="admin/partners/:partnerId" element={<RoleGate role="ADMIN"><AdminPartnerPage /></RoleGate>} />
          <Route path="partner" element={<RoleGate role="PARTNER_ADMIN"><PartnerHomePage /></RoleGate>} />
          <Route path="coach" element={<RoleGate role="COACH"><CoachHomePage /></RoleGate>} />
          <Route path="learner" element={<RoleGate role="LEARNER"><LearnerHomePage /></RoleGate>} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
