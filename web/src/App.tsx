import { Route, Routes } from 'react-router';
import { RequireViewer } from './modules/auth/components/RequireViewer';
import { AppShell } from './modules/shell/components/AppShell';
import { RoleGate } from './modules/shell/components/RoleGate';
import { AcceptInvitationPage } from './pages/AcceptInvitationPage';
import { AdminHomePage } from './pages/AdminHomePage';
import { AdminOutcomesPage } from './pages/AdminOutcomesPage';
import { AdminPartnerPage } from './pages/AdminPartnerPage';
import { AdminProgrammePage } from './pages/AdminProgrammePage';
import { AdminProgrammesPage } from './pages/AdminProgrammesPage';
import { CoachHomePage } from './pages/CoachHomePage';
import { HomeRedirect } from './pages/HomeRedirect';
import { LearnerHomePage } from './pages/LearnerHomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OutboxPage } from './pages/OutboxPage';
import { PartnerCohortPage } from './pages/PartnerCohortPage';
import { PartnerCohortsPage } from './pages/PartnerCohortsPage';
import { PartnerHomePage } from './pages/PartnerHomePage';
import { SessionAttendancePage } from './pages/SessionAttendancePage';
import { LearnerAssignmentPage } from './pages/LearnerAssignmentPage';
import { CoachGradingQueuePage } from './pages/CoachGradingQueuePage';
import { GradeSubmissionPage } from './pages/GradeSubmissionPage';
import { GradebookPage } from './pages/GradebookPage';
import { CoachAvailabilityPage } from './pages/CoachAvailabilityPage';
import { LearnerCoachingPage } from './pages/LearnerCoachingPage';
import { CredentialPage } from './pages/CredentialPage';
import { LearnerSchedulePage } from './pages/LearnerSchedulePage';

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/invite/:token" element={<AcceptInvitationPage />} />
      {/* public: anyone with the link verifies a credential */}
      <Route path="/credentials/:credentialId" element={<CredentialPage />} />
      <Route element={<RequireViewer />}>
        <Route element={<AppShell />}>
          <Route index element={<HomeRedirect />} />
          <Route path="admin" element={<RoleGate role="ADMIN"><AdminHomePage /></RoleGate>} />
          <Route path="admin/outcomes" element={<RoleGate role="ADMIN"><AdminOutcomesPage /></RoleGate>} />
          <Route path="admin/outbox" element={<RoleGate role="ADMIN"><OutboxPage /></RoleGate>} />
          <Route path="admin/partners/:partnerId" element={<RoleGate role="ADMIN"><AdminPartnerPage /></RoleGate>} />
          <Route path="admin/programmes" element={<RoleGate role="ADMIN"><AdminProgrammesPage /></RoleGate>} />
          <Route path="admin/programmes/:programmeId" element={<RoleGate role="ADMIN"><AdminProgrammePage /></RoleGate>} />
          <Route path="partner" element={<RoleGate role="PARTNER_ADMIN"><PartnerHomePage /></RoleGate>} />
          <Route path="partner/cohorts" element={<RoleGate role="PARTNER_ADMIN"><PartnerCohortsPage /></RoleGate>} />
          <Route path="partner/cohorts/:cohortId" element={<RoleGate role="PARTNER_ADMIN"><PartnerCohortPage /></RoleGate>} />
          <Route path="partner/sessions/:sessionId" element={<RoleGate role="PARTNER_ADMIN"><SessionAttendancePage home="partner" /></RoleGate>} />
          <Route path="coach" element={<RoleGate role="COACH"><CoachHomePage /></RoleGate>} />
          <Route path="coach/sessions/:sessionId" element={<RoleGate role="COACH"><SessionAttendancePage home="coach" /></RoleGate>} />
          <Route path="learner" element={<RoleGate role="LEARNER"><LearnerHomePage /></RoleGate>} />
          <Route path="learner/assignments/:enrolmentId/:week" element={<RoleGate role="LEARNER"><LearnerAssignmentPage /></RoleGate>} />
          <Route path="learner/coaching/:enrolmentId" element={<RoleGate role="LEARNER"><LearnerCoachingPage /></RoleGate>} />
          <Route path="learner/schedule/:enrolmentId" element={<RoleGate role="LEARNER"><LearnerSchedulePage /></RoleGate>} />
          <Route path="coach/grading" element={<RoleGate role="COACH"><CoachGradingQueuePage /></RoleGate>} />
          <Route path="coach/submissions/:submissionId" element={<RoleGate role="COACH"><GradeSubmissionPage /></RoleGate>} />
          <Route path="coach/cohorts/:cohortId/gradebook" element={<RoleGate role="COACH"><GradebookPage /></RoleGate>} />
          <Route path="partner/cohorts/:cohortId/gradebook" element={<RoleGate role="PARTNER_ADMIN"><GradebookPage /></RoleGate>} />
          <Route path="coach/availability" element={<RoleGate role="COACH"><CoachAvailabilityPage /></RoleGate>} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
