import { registerEnumType } from '@nestjs/graphql';
import { CONTENT_KINDS, SUBMISSION_KINDS, type ContentKind, type SubmissionKind } from '@beacon/domain';

/*
 * The domain keeps these as string unions (shared with the web app); GraphQL gets enums whose
 * values are those same strings, so definitions map to and from the API without translation.
 */
const asEnum = <K extends string>(values: readonly K[]) => Object.fromEntries(values.map((v) => [v, v])) as { [V in K]: V };

export const ContentKindEnum = asEnum<ContentKind>(CONTENT_KINDS);
export const SubmissionKindEnum = asEnum<SubmissionKind>(SUBMISSION_KINDS);

registerEnumType(ContentKindEnum, {
  name: 'ContentKind',
  description: 'What a content item is: tutorial, video, reading, case study or link.',
});
registerEnumType(SubmissionKindEnum, { name: 'SubmissionKind', description: 'How a learner may answer an assignment.' });
