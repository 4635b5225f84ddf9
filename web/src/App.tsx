import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Role } from './gql/graphql';
import { Route, Switch } from './lib/router';
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

const ApolloRoot = page<'ApolloRoot', { children: ReactNode }>(() => import('./shell'), 'ApolloRoot');
const RequireViewer = page<'RequireViewer', { children: ReactNode }>(() => import('./shell'), 'RequireViewer');
const AppShell = page<'AppShell', { children: ReactNode }>(() => import('./shell'), 'AppShell');
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
    <Switch>
      <Route path="/login">
        <LoginPage />
      </Route>
      {/* public: anyone with the link verifies a credential */}
      <Route path="/credentials/:credentialId">
        <Standalone>
          <CredentialPage />
        </Standalone>
      </Route>
      <Route>
        <Standalone>
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
                        <Route path="/partner/sessions/:sessionId">
                          {gate('PARTNER_ADMIN', <SessionAttendancePage home="partner" />, true)}
                        </Route>
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
        </Standalone>
      </Route>
    </Switch>
  );
}
