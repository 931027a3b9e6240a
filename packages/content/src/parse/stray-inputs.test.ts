import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.ts';

const html = (body: string) => parseArticle(`---\ntitle: x\n---\n${body}`, 'posts/a.md').post!.html;

describe('inputs in a post', () => {
  it('leaves out an input written in the HTML, which would show as an unnamed checkbox', () => {
    const out = html('Password: <input type="password" name="p"> and <input>.\n');
    expect(out).not.toContain('<input');
    expect(out).toContain('Password:');
  });

  it('keeps the checkboxes of a task list, named by their items', () => {
    const out = html('- [x] Ship it\n- [ ] Test it <input type="text">\n');
    expect(out.match(/<input/g)).toHaveLength(2);
    expect(out).toContain('aria-label="Ship it"');
  });
});
