import type { ReactNode } from 'react';
import type { Role } from './gql/graphql';
import { ApolloRoot } from './lib/ApolloRoot';
import { page, Standalone } from './lib/lazyPage';
import { Route, Switch } from './lib/router';
import { RequireViewer } from './modules/auth/components/RequireViewer';
import { AppShell } from './modules/shell/components/AppShell';
import { RoleGate } from './modules/shell/components/RoleGate';
import { HomeRedirect } from './pages/HomeRedirect';
import { NotFoundPage } from './pages/NotFoundPage';

/*
 * Every route but the login and public credential pages: the Apollo client and everything
 * under it. This module is part of the shell chunk (./shell), so the login and credential pages
 * download neither these routes nor the client; each page here is its own chunk, loaded when
 * first opened, and each role downloads only its own pages.
 */

const AcceptInvitationPage = page(() => import('./pages/AcceptInvitationPage'), 'AcceptInvitationPage');
const ForgotPasswordPage = page(() => import('./pages/ForgotPasswordPage'), 'ForgotPasswordPage');
const ResetPasswordPage = page(() => import('./pages/ResetPasswordPage'), 'ResetPasswordPage');
const GoalFollowUpPage = page(() => import('./pages/GoalFollowUpPage'), 'GoalFollowUpPage');
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

const gate = (role: Role, element: ReactNode, alsoAdmin = false) => (
  <RoleGate role={role} alsoAdmin={alsoAdmin}>
    {element}
  </RoleGate>
);

/** The routes under the Apollo client. */
export function AppRoutes() {
  return (
    <ApolloRoot>
      <Switch>
        <Route path="/forgot-password">
          <Standalone>
            <ForgotPasswordPage />
          </Standalone>
        </Route>
        <Route path="/reset-password/:token">
          <Standalone>
            <ResetPasswordPage />
          </Standalone>
        </Route>
        <Route path="/invite/:token">
          <Standalone>
            <AcceptInvitationPage />
          </Standalone>
        </Route>
        {/* public: the 90-day follow-up email's link, no login (the token is the permission) */}
        <Route path="/goal-follow-up/:token">
          <Standalone>
            <GoalFollowUpPage />
          </Standalone>
        </Route>
        <Route>
          <Standalone>
            <RequireViewer>
              <AppShell>
                {/* the first route that matches is shown (so the gradebook comes before the cohort's tabs) */}
                <Switch>
                  <Route path="/">
                    <HomeRedirect />
                  </Route>
                  <Route path="/account">
                    <AccountPage />
                  </Route>
                  <Route path="/admin">{gate('ADMIN', <AdminHomePage />)}</Route>
                  <Route path="/admin/outbox">{gate('ADMIN', <OutboxPage />)}</Route>
                  <Route path="/admin/keys">{gate('ADMIN', <AdminKeysPage />)}</Route>
                  <Route path="/admin/outcomes">{gate('ADMIN', <AdminOutcomesPage />)}</Route>
                  <Route path="/admin/partners/:partnerId">{gate('ADMIN', <AdminPartnerPage />)}</Route>
                  <Route path="/admin/programmes">{gate('ADMIN', <AdminProgrammesPage />)}</Route>
                  <Route path="/admin/programmes/:programmeId">{gate('ADMIN', <AdminProgrammePage />)}</Route>
                  {/* admins see any partner's pages (choosing the partner with ?partner=) */}
                  <Route path="/partner">{gate('PARTNER_ADMIN', <PartnerHomePage />, true)}</Route>
                  <Route path="/partner/people">{gate('PARTNER_ADMIN', <PartnerPeoplePage />, true)}</Route>
                  <Route path="/partner/cohorts">{gate('PARTNER_ADMIN', <PartnerCohortsPage />, true)}</Route>
                  <Route path="/partner/cohorts/:cohortId/gradebook">{gate('PARTNER_ADMIN', <GradebookPage />, true)}</Route>
                  <Route path="/partner/cohorts/:cohortId/:tab?">{gate('PARTNER_ADMIN', <PartnerCohortPage />, true)}</Route>
                  <Route path="/partner/sessions/:sessionId">{gate('PARTNER_ADMIN', <SessionAttendancePage home="partner" />, true)}</Route>
                  <Route path="/coach">{gate('COACH', <CoachHomePage />)}</Route>
                  <Route path="/coach/grading">{gate('COACH', <CoachGradingQueuePage />)}</Route>
                  <Route path="/coach/gradebooks">{gate('COACH', <CoachGradebooksPage />)}</Route>
                  <Route path="/coach/bookings">{gate('COACH', <CoachBookingsPage />)}</Route>
                  <Route path="/coach/availability">{gate('COACH', <CoachAvailabilityPage />)}</Route>
                  <Route path="/coach/sessions/:sessionId">{gate('COACH', <SessionAttendancePage home="coach" />)}</Route>
                  <Route path="/coach/submissions/:submissionId">{gate('COACH', <GradeSubmissionPage />)}</Route>
                  <Route path="/coach/cohorts/:cohortId/gradebook">{gate('COACH', <GradebookPage />)}</Route>
                  <Route path="/learner">{gate('LEARNER', <LearnerHomePage />)}</Route>
                  <Route path="/learner/assignments/:enrolmentId/:week">{gate('LEARNER', <LearnerAssignmentPage />)}</Route>
                  <Route path="/learner/coaching/:enrolmentId">{gate('LEARNER', <LearnerCoachingPage />)}</Route>
                  <Route path="/learner/schedule/:enrolmentId">{gate('LEARNER', <LearnerSchedulePage />)}</Route>
                  <Route>
                    <NotFoundPage />
                  </Route>
                </Switch>
              </AppShell>
            </RequireViewer>
          </Standalone>
        </Route>
      </Switch>
    </ApolloRoot>
  );
}
