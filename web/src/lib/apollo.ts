import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { offsetLimitPagination } from '@apollo/client/utilities';
import { getDisplayLocale } from './time';

/** Operations anyone may call; an UNAUTHENTICATED answer to them is not a lost session. */
const PUBLIC_OPERATIONS = new Set(['Login', 'InvitationPreview', 'AcceptInvitation', 'Me']);

/**
 * One client for the app. The session is the httpOnly `beacon_session` cookie the API sets on
 * login (same origin), so nothing here stores or sends a token.
 */
export function createApolloClient(onSessionLost: () => void): ApolloClient {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  // A session that ends while someone is working (expired, logged out elsewhere) sends them
  // back to the login page instead of leaving every panel showing "please log in".
  const sessionLost = new ErrorLink(({ error, operation }) => {
    if (PUBLIC_OPERATIONS.has(operation.operationName ?? '')) return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) onSessionLost();
  });

  // the API writes its error messages in the language shown (a signed-in account's own language wins there)
  const language = new ApolloLink((operation, forward) => {
    const locale = getDisplayLocale();
    if (locale)
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({ headers: { ...headers, 'accept-language': locale } }));
    return forward(operation);
  });

  return new ApolloClient({
    link: ApolloLink.from([sessionLost, language, http]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            partners: offsetLimitPagination(),
            members: offsetLimitPagination(['partnerId', 'role']),
            invitations: offsetLimitPagination(['partnerId']),
            outbox: offsetLimitPagination(),
          },
        },
        // A user's memberships have no meaning apart from the user; replace them wholesale.
        User: { fields: { memberships: { merge: false } } },
        // The same content item, assignment or rubric criterion id appears in every cohort of a
        // programme (and in its draft and each version) with different dates, ticks or text: these
        // belong to their parent, never normalised by id.
        LearnerContentItem: { keyFields: false },
        LearnerAssignment: { keyFields: false },
        ContentItem: { keyFields: false },
        Assignment: { keyFields: false },
        RubricCriterion: { keyFields: false },
        // a submission's assignment is always the same one: the queue's row (title, points) and the
        // grading page (instructions, rubric) each ask what they show, and the two merge
        Submission: { fields: { assignment: { merge: true } } },
        // lists inside a cohort or enrolment are replaced wholesale whenever the API sends them
        Cohort: { fields: { coaches: { merge: false }, weeks: { merge: false } } },
        LearnerEnrolment: { fields: { weeks: { merge: false }, due: { merge: false } } },
        Programme: { fields: { modules: { merge: false }, sessionPlan: { merge: false }, draftProblems: { merge: false } } },
      },
    }),
  });
}
