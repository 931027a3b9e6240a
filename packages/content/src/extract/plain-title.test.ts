import { describe, expect, it } from 'vitest';
import { plainTitleAt } from './plain-title.ts';

const title = (text: string, lead: string) => {
  const r = plainTitleAt(text, text.indexOf(lead) + lead.length);
  return r && text.slice(r.start, r.end);
};

describe('plainTitleAt', () => {
  it('reads a title set in no quotes up to the first word of prose', () => {
    expect(title('a talk called Kubernetes the Easy Way, in which he', 'called ')).toBe(
      'Kubernetes the Easy Way',
    );
    expect(title('a keynote titled Why Not Rust? It was fun', 'titled ')).toBe('Why Not Rust?');
    expect(title('a talk titled Scaling gRPC at Acme: Lessons Learned.', 'titled ')).toBe(
      'Scaling gRPC at Acme: Lessons Learned',
    );
    expect(title('a talk called Go 2 Drafts and then left', 'called ')).toBe('Go 2 Drafts');
  });

  it('finds none where prose follows', () => {
    expect(title('what he called the best part', 'called ')).toBeUndefined();
    expect(title('a session called Monday, sadly', 'called ')).toBeUndefined();
    expect(title('he called it a day', 'called ')).toBeUndefined();
    expect(title('called The and of the', 'called ')).toBeUndefined();
  });
});
