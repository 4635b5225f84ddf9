import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Route, Routes } from 'react-router';
import type { Role } from './gql/graphql';
import { Loading } from './ui/Feedback';
import { LoginPage } from './pages/LoginPage';

/**
 * Every page but the login page is its own chunk, loaded when first opened: the login and a
 * public credential page stay light, and each role downloads only its own pages. Those two open
 * without the Apollo client; every other page is under ApolloRoot, which loads it with the shell
 * (./shell, one chunk).
 */
function page<K extends string, P extends object = object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const ApolloRoot = page<'ApolloRoot'>(() => import('./shell'), 'ApolloRoot');
const RequireViewer = page<'RequireViewer'>(() => import('./shell'), 'RequireViewer');
const AppShell = page<'AppShell'>(() => import('./shell'), 'AppShell');
const RoleGate = page<'RoleGate', { role: Role; alsoAdmin: boolean; children: ReactNode }>(() => import('./shell'), 'RoleGate');
const HomeRedirect = page<'HomeRedirect'>(() => import('./shell'), 'HomeRedirect');
const NotFoundPage = page<'NotFoundPage'>(() => import('./shell'), 'NotFoundPage');
const AcceptInvitationPage = page(() => import('./pages/AcceptInvitationPage'), 'AcceptInvitationPage');
const ForgotPasswordPage = page(() => import('./pages/ForgotPasswordPage'), 'ForgotPasswordPage');
const ResetPasswordPage = page(() => import('./pages/ResetPasswordPage'), 'ResetPasswordPage');
const GoalFollowUpPage = page(() => import('./pages/GoalFollowUpPage'), 'GoalFollowUpPage');
const CredentialPage = page(() => import('./pages/CredentialPage'), 'CredentialPage');
const AccountPage = page(() => import('./pages/AccountPage'), 'AccountPage');
const AdminHomePage = page(() => import('./pages/AdminHomePage'), 'AdminHomePage');
const AdminPartnerPage = page(() => import('./pages/AdminPartnerPage'), 'AdminPartnerPage');
const AdminProgrammePage = page(() => import('./pages/AdminProgrammePage'), 'AdminProgrammePage');
const AdminProgrammesPage = page(() => import('./pages/AdminProgrammesPage'), 'AdminProgrammesPage');
const AdminKeysPage = page(() => import('./pages/AdminKeysPage'), 'AdminKeysPage');
const AdminOutcomesPage = page(() => import('./pages/AdminOutcomesPage'), 'AdminOutcomesPage');
const OutboxPage = page(() => import('./pages/OutboxPage'), 'OutboxPage');
const PartnerHomePage = page(() => import('./pages/PartnerHomePage'), 'PartnerHomePage');
const PartnerPeoplePage = page(() => import('./pages/PartnerPeoplePage'), 'PartnerPeoplePage');
const PartnerCohortsPage = page(() => import('./pages/PartnerCohortsPage'), 'PartnerCohortsPage');
const PartnerCohortPage = page(() => import('./pages/PartnerCohortPage'), 'PartnerCohortPage');
const SessionAttendancePage = page<'SessionAttendancePage', { home: 'partner' | 'coach' }>(
  () => import('./pages/SessionAttendancePage'),
  'SessionAttendancePage',
);
const CoachHomePage = page(() => import('./pages/CoachHomePage'), 'CoachHomePage');
const CoachGradingQueuePage = page(() => import('./pages/CoachGradingQueuePage'), 'CoachGradingQueuePage');
const CoachGradebooksPage = page(() => import('./pages/CoachGradebooksPage'), 'CoachGradebooksPage');
const CoachBookingsPage = page(() => import('./pages/CoachBookingsPage'), 'CoachBookingsPage');
const CoachAvailabilityPage = page(() => import('./pages/CoachAvailabilityPage'), 'CoachAvailabilityPage');
const GradeSubmissionPage = page(() => import('./pages/GradeSubmissionPage'), 'GradeSubmissionPage');
const GradebookPage = page(() => import('./pages/GradebookPage'), 'GradebookPage');
const LearnerHomePage = page(() => import('./pages/LearnerHomePage'), 'LearnerHomePage');
const LearnerAssignmentPage = page(() => import('./pages/LearnerAssignmentPage'), 'LearnerAssignmentPage');
const LearnerCoachingPage = page(() => import('./pages/LearnerCoachingPage'), 'LearnerCoachingPage');
const LearnerSchedulePage = page(() => import('./pages/LearnerSchedulePage'), 'LearnerSchedulePage');

/** Pages outside the shell load with a centred spinner. */
function Standalone({ children }: { children: ReactNode }) {
  const intl = useIntl();
  return (
    <Suspense
      fallback={
        <div className="centered-page">
          <Loading label={intl.formatMessage({ id: 'shell.opening', defaultMessage: 'Opening Beacon…' })} />
        </div>
      }
    >
      {children}
    </Suspense>
  );
}

const gate = (role: Role, element: ReactNode, alsoAdmin = false) => (
  <RoleGate role={role} alsoAdmin={alsoAdmin}>
    {element}
  </RoleGate>
);

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {/* public: anyone with the link verifies a credential */}
      <Route
        path="/credentials/:credentialId"
        element={
          <Standalone>
            <CredentialPage />
          </Standalone>
        }
      />
      <Route
        element={
          <Standalone>
            <ApolloRoot />
          </Standalone>
        }
      >
        <Route
          path="/forgot-password"
          element={
            <Standalone>
              <ForgotPasswordPage />
            </Standalone>
          }
        />
        <Route
          path="/reset-password/:token"
          element={
            <Standalone>
              <ResetPasswordPage />
            </Standalone>
          }
        />
        <Route
          path="/invite/:token"
          element={
            <Standalone>
              <AcceptInvitationPage />
            </Standalone>
          }
        />
        {/* public: the 90-day follow-up email's link, no login (the token is the permission) */}
        <Route
          path="/goal-follow-up/:token"
          element={
            <Standalone>
              <GoalFollowUpPage />
            </Standalone>
          }
        />
        <Route
          element={
            <Standalone>
              <RequireViewer />
            </Standalone>
          }
        >
          <Route element={<AppShell />}>
            <Route index element={<HomeRedirect />} />
            <Route path="account" element={<AccountPage />} />
            <Route path="admin" element={gate('ADMIN', <AdminHomePage />)} />
            <Route path="admin/outbox" element={gate('ADMIN', <OutboxPage />)} />
            <Route path="admin/keys" element={gate('ADMIN', <AdminKeysPage />)} />
            <Route path="admin/outcomes" element={gate('ADMIN', <AdminOutcomesPage />)} />
            <Route path="admin/partners/:partnerId" element={gate('ADMIN', <AdminPartnerPage />)} />
            <Route path="admin/programmes" element={gate('ADMIN', <AdminProgrammesPage />)} />
            <Route path="admin/programmes/:programmeId" element={gate('ADMIN', <AdminProgrammePage />)} />
            {/* admins see any partner's pages (choosing the partner with ?partner=) */}
            <Route path="partner" element={gate('PARTNER_ADMIN', <PartnerHomePage />, true)} />
            <Route path="partner/people" element={gate('PARTNER_ADMIN', <PartnerPeoplePage />, true)} />
            <Route path="partner/cohorts" element={gate('PARTNER_ADMIN', <PartnerCohortsPage />, true)} />
            <Route path="partner/cohorts/:cohortId/gradebook" element={gate('PARTNER_ADMIN', <GradebookPage />, true)} />
            <Route path="partner/cohorts/:cohortId/:tab?" element={gate('PARTNER_ADMIN', <PartnerCohortPage />, true)} />
            <Route path="partner/sessions/:sessionId" element={gate('PARTNER_ADMIN', <SessionAttendancePage home="partner" />, true)} />
            <Route path="coach" element={gate('COACH', <CoachHomePage />)} />
            <Route path="coach/grading" element={gate('COACH', <CoachGradingQueuePage />)} />
            <Route path="coach/gradebooks" element={gate('COACH', <CoachGradebooksPage />)} />
            <Route path="coach/bookings" element={gate('COACH', <CoachBookingsPage />)} />
            <Route path="coach/availability" element={gate('COACH', <CoachAvailabilityPage />)} />
            <Route path="coach/sessions/:sessionId" element={gate('COACH', <SessionAttendancePage home="coach" />)} />
            <Route path="coach/submissions/:submissionId" element={gate('COACH', <GradeSubmissionPage />)} />
            <Route path="coach/cohorts/:cohortId/gradebook" element={gate('COACH', <GradebookPage />)} />
            <Route path="learner" element={gate('LEARNER', <LearnerHomePage />)} />
            <Route path="learner/assignments/:enrolmentId/:week" element={gate('LEARNER', <LearnerAssignmentPage />)} />
            <Route path="learner/coaching/:enrolmentId" element={gate('LEARNER', <LearnerCoachingPage />)} />
            <Route path="learner/schedule/:enrolmentId" element={gate('LEARNER', <LearnerSchedulePage />)} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Route>
    </Routes>
  );
}
