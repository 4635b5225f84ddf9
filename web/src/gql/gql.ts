/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      ...ViewerFields\n    }\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    ...ViewerFields\n  }\n}": typeof types.MeDocument,
    "fragment ViewerFields on User {\n  id\n  email\n  name\n  timeZone\n  roles\n  calendarFeedUrl\n  memberships {\n    id\n    role\n    partnerId\n    partner {\n      id\n      name\n      region\n      timeZone\n    }\n  }\n}": typeof types.ViewerFieldsFragmentDoc,
    "query MyCredentials {\n  myCredentials {\n    id\n    verificationUrl\n  }\n}": typeof types.MyCredentialsDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    user {\n      ...ViewerFields\n    }\n  }\n}": typeof types.AcceptInvitationDocument,
    "query InvitationPreview($token: String!) {\n  invitationPreview(token: $token) {\n    email\n    name\n    role\n    partnerName\n    state\n    hasAccount\n  }\n}": typeof types.InvitationPreviewDocument,
    "query Outbox($first: Int!, $offset: Int!) {\n  outbox(first: $first, offset: $offset) {\n    id\n    kind\n    to\n    subject\n    body\n    status\n    createdAt\n    deliveredAt\n  }\n}": typeof types.OutboxDocument,
    "mutation CreatePartner($input: CreatePartnerInput!) {\n  createPartner(input: $input) {\n    ...PartnerFields\n  }\n}": typeof types.CreatePartnerDocument,
    "fragment InvitationFields on Invitation {\n  id\n  name\n  email\n  role\n  partnerId\n  state\n  createdAt\n  expiresAt\n  acceptUrl\n}": typeof types.InvitationFieldsFragmentDoc,
    "query Invitations($partnerId: ID!, $first: Int!, $offset: Int!) {\n  invitations(partnerId: $partnerId, first: $first, offset: $offset) {\n    ...InvitationFields\n  }\n}": typeof types.InvitationsDocument,
    "mutation Invite($input: InviteInput!) {\n  invite(input: $input) {\n    ...InvitationFields\n  }\n}": typeof types.InviteDocument,
    "fragment MemberFields on Member {\n  id\n  userId\n  name\n  email\n  role\n  partnerId\n  since\n}": typeof types.MemberFieldsFragmentDoc,
    "query Members($partnerId: ID!, $role: Role, $first: Int!, $offset: Int!) {\n  members(partnerId: $partnerId, role: $role, first: $first, offset: $offset) {\n    ...MemberFields\n  }\n}": typeof types.MembersDocument,
    "query Partner($id: ID!) {\n  partner(id: $id) {\n    ...PartnerFields\n  }\n}": typeof types.PartnerDocument,
    "fragment PartnerFields on Partner {\n  id\n  name\n  slug\n  region\n  countries\n  timeZone\n  createdAt\n}": typeof types.PartnerFieldsFragmentDoc,
    "query Partners($first: Int!, $offset: Int!) {\n  partners(first: $first, offset: $offset) {\n    ...PartnerFields\n  }\n}": typeof types.PartnersDocument,
    "mutation RemoveMember($id: ID!) {\n  removeMember(id: $id)\n}": typeof types.RemoveMemberDocument,
    "mutation RevokeInvitation($id: ID!) {\n  revokeInvitation(id: $id) {\n    ...InvitationFields\n  }\n}": typeof types.RevokeInvitationDocument,
    "mutation UpdatePartner($id: ID!, $input: UpdatePartnerInput!) {\n  updatePartner(id: $id, input: $input) {\n    ...PartnerFields\n  }\n}": typeof types.UpdatePartnerDocument,
};
const documents: Documents = {
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      ...ViewerFields\n    }\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    ...ViewerFields\n  }\n}": types.MeDocument,
    "fragment ViewerFields on User {\n  id\n  email\n  name\n  timeZone\n  roles\n  calendarFeedUrl\n  memberships {\n    id\n    role\n    partnerId\n    partner {\n      id\n      name\n      region\n      timeZone\n    }\n  }\n}": types.ViewerFieldsFragmentDoc,
    "query MyCredentials {\n  myCredentials {\n    id\n    verificationUrl\n  }\n}": types.MyCredentialsDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    user {\n      ...ViewerFields\n    }\n  }\n}": types.AcceptInvitationDocument,
    "query InvitationPreview($token: String!) {\n  invitationPreview(token: $token) {\n    email\n    name\n    role\n    partnerName\n    state\n    hasAccount\n  }\n}": types.InvitationPreviewDocument,
    "query Outbox($first: Int!, $offset: Int!) {\n  outbox(first: $first, offset: $offset) {\n    id\n    kind\n    to\n    subject\n    body\n    status\n    createdAt\n    deliveredAt\n  }\n}": types.OutboxDocument,
    "mutation CreatePartner($input: CreatePartnerInput!) {\n  createPartner(input: $input) {\n    ...PartnerFields\n  }\n}": types.CreatePartnerDocument,
    "fragment InvitationFields on Invitation {\n  id\n  name\n  email\n  role\n  partnerId\n  state\n  createdAt\n  expiresAt\n  acceptUrl\n}": types.InvitationFieldsFragmentDoc,
    "query Invitations($partnerId: ID!, $first: Int!, $offset: Int!) {\n  invitations(partnerId: $partnerId, first: $first, offset: $offset) {\n    ...InvitationFields\n  }\n}": types.InvitationsDocument,
    "mutation Invite($input: InviteInput!) {\n  invite(input: $input) {\n    ...InvitationFields\n  }\n}": types.InviteDocument,
    "fragment MemberFields on Member {\n  id\n  userId\n  name\n  email\n  role\n  partnerId\n  since\n}": types.MemberFieldsFragmentDoc,
    "query Members($partnerId: ID!, $role: Role, $first: Int!, $offset: Int!) {\n  members(partnerId: $partnerId, role: $role, first: $first, offset: $offset) {\n    ...MemberFields\n  }\n}": types.MembersDocument,
    "query Partner($id: ID!) {\n  partner(id: $id) {\n    ...PartnerFields\n  }\n}": types.PartnerDocument,
    "fragment PartnerFields on Partner {\n  id\n  name\n  slug\n  region\n  countries\n  timeZone\n  createdAt\n}": types.PartnerFieldsFragmentDoc,
    "query Partners($first: Int!, $offset: Int!) {\n  partners(first: $first, offset: $offset) {\n    ...PartnerFields\n  }\n}": types.PartnersDocument,
    "mutation RemoveMember($id: ID!) {\n  removeMember(id: $id)\n}": types.RemoveMemberDocument,
    "mutation RevokeInvitation($id: ID!) {\n  revokeInvitation(id: $id) {\n    ...InvitationFields\n  }\n}": types.RevokeInvitationDocument,
    "mutation UpdatePartner($id: ID!, $input: UpdatePartnerInput!) {\n  updatePartner(id: $id, input: $input) {\n    ...PartnerFields\n  }\n}": types.UpdatePartnerDocument,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = gql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function gql(source: string): unknown;

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      ...ViewerFields\n    }\n  }\n}"): (typeof documents)["mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      ...ViewerFields\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Logout {\n  logout\n}"): (typeof documents)["mutation Logout {\n  logout\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Me {\n  me {\n    ...ViewerFields\n  }\n}"): (typeof documents)["query Me {\n  me {\n    ...ViewerFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment ViewerFields on User {\n  id\n  email\n  name\n  timeZone\n  roles\n  calendarFeedUrl\n  memberships {\n    id\n    role\n    partnerId\n    partner {\n      id\n      name\n      region\n      timeZone\n    }\n  }\n}"): (typeof documents)["fragment ViewerFields on User {\n  id\n  email\n  name\n  timeZone\n  roles\n  calendarFeedUrl\n  memberships {\n    id\n    role\n    partnerId\n    partner {\n      id\n      name\n      region\n      timeZone\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query MyCredentials {\n  myCredentials {\n    id\n    verificationUrl\n  }\n}"): (typeof documents)["query MyCredentials {\n  myCredentials {\n    id\n    verificationUrl\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    user {\n      ...ViewerFields\n    }\n  }\n}"): (typeof documents)["mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    user {\n      ...ViewerFields\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query InvitationPreview($token: String!) {\n  invitationPreview(token: $token) {\n    email\n    name\n    role\n    partnerName\n    state\n    hasAccount\n  }\n}"): (typeof documents)["query InvitationPreview($token: String!) {\n  invitationPreview(token: $token) {\n    email\n    name\n    role\n    partnerName\n    state\n    hasAccount\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Outbox($first: Int!, $offset: Int!) {\n  outbox(first: $first, offset: $offset) {\n    id\n    kind\n    to\n    subject\n    body\n    status\n    createdAt\n    deliveredAt\n  }\n}"): (typeof documents)["query Outbox($first: Int!, $offset: Int!) {\n  outbox(first: $first, offset: $offset) {\n    id\n    kind\n    to\n    subject\n    body\n    status\n    createdAt\n    deliveredAt\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation CreatePartner($input: CreatePartnerInput!) {\n  createPartner(input: $input) {\n    ...PartnerFields\n  }\n}"): (typeof documents)["mutation CreatePartner($input: CreatePartnerInput!) {\n  createPartner(input: $input) {\n    ...PartnerFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment InvitationFields on Invitation {\n  id\n  name\n  email\n  role\n  partnerId\n  state\n  createdAt\n  expiresAt\n  acceptUrl\n}"): (typeof documents)["fragment InvitationFields on Invitation {\n  id\n  name\n  email\n  role\n  partnerId\n  state\n  createdAt\n  expiresAt\n  acceptUrl\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Invitations($partnerId: ID!, $first: Int!, $offset: Int!) {\n  invitations(partnerId: $partnerId, first: $first, offset: $offset) {\n    ...InvitationFields\n  }\n}"): (typeof documents)["query Invitations($partnerId: ID!, $first: Int!, $offset: Int!) {\n  invitations(partnerId: $partnerId, first: $first, offset: $offset) {\n    ...InvitationFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Invite($input: InviteInput!) {\n  invite(input: $input) {\n    ...InvitationFields\n  }\n}"): (typeof documents)["mutation Invite($input: InviteInput!) {\n  invite(input: $input) {\n    ...InvitationFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment MemberFields on Member {\n  id\n  userId\n  name\n  email\n  role\n  partnerId\n  since\n}"): (typeof documents)["fragment MemberFields on Member {\n  id\n  userId\n  name\n  email\n  role\n  partnerId\n  since\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Members($partnerId: ID!, $role: Role, $first: Int!, $offset: Int!) {\n  members(partnerId: $partnerId, role: $role, first: $first, offset: $offset) {\n    ...MemberFields\n  }\n}"): (typeof documents)["query Members($partnerId: ID!, $role: Role, $first: Int!, $offset: Int!) {\n  members(partnerId: $partnerId, role: $role, first: $first, offset: $offset) {\n    ...MemberFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Partner($id: ID!) {\n  partner(id: $id) {\n    ...PartnerFields\n  }\n}"): (typeof documents)["query Partner($id: ID!) {\n  partner(id: $id) {\n    ...PartnerFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment PartnerFields on Partner {\n  id\n  name\n  slug\n  region\n  countries\n  timeZone\n  createdAt\n}"): (typeof documents)["fragment PartnerFields on Partner {\n  id\n  name\n  slug\n  region\n  countries\n  timeZone\n  createdAt\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Partners($first: Int!, $offset: Int!) {\n  partners(first: $first, offset: $offset) {\n    ...PartnerFields\n  }\n}"): (typeof documents)["query Partners($first: Int!, $offset: Int!) {\n  partners(first: $first, offset: $offset) {\n    ...PartnerFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RemoveMember($id: ID!) {\n  removeMember(id: $id)\n}"): (typeof documents)["mutation RemoveMember($id: ID!) {\n  removeMember(id: $id)\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RevokeInvitation($id: ID!) {\n  revokeInvitation(id: $id) {\n    ...InvitationFields\n  }\n}"): (typeof documents)["mutation RevokeInvitation($id: ID!) {\n  revokeInvitation(id: $id) {\n    ...InvitationFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation UpdatePartner($id: ID!, $input: UpdatePartnerInput!) {\n  updatePartner(id: $id, input: $input) {\n    ...PartnerFields\n  }\n}"): (typeof documents)["mutation UpdatePartner($id: ID!, $input: UpdatePartnerInput!) {\n  updatePartner(id: $id, input: $input) {\n    ...PartnerFields\n  }\n}"];

export function gql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;