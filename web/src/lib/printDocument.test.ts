import { describe, expect, it } from '@jest/globals';
import { parse, print as printGraphql } from 'graphql';
import * as documents from '../gql/graphql';
import { operationName, print } from './printDocument';

const withoutTypename = (text: string) => text.replace(/\n\s*__typename(?=\n)/g, '');

describe('print (the login and public credential pages send documents without Apollo)', () => {
  const all = Object.entries(documents).filter(([name]) => name.endsWith('Document'));

  it('has documents to print', () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it.each(all)('prints %s as the generated operation, with each object’s __typename', (_name: string, document: unknown) => {
    const printed = printGraphql(parse(print(document as never)));
    expect(withoutTypename(printed)).toBe(withoutTypename(printGraphql(document as never)));
  });

  it('asks every object of the login for its __typename, as Apollo does (the cache keys objects by it)', () => {
    const printed = printGraphql(parse(print(documents.LoginDocument as never)));
    expect(printed).toMatch(/user \{\n\s*\.\.\.ViewerFields\n\s*__typename/);
    expect(printed).toMatch(/partner \{\n(\s*\w+\n)*\s*__typename\n/);
  });

  it('names each document’s operation', () => {
    expect(operationName(documents.LoginDocument as never)).toBe('Login');
    expect(operationName(documents.CredentialDocument as never)).toBe('Credential');
  });
});
