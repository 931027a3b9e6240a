/**
 * The pipeline a typical blog uses, which every benchmark here measures confnotes against:
 * gray-matter for front matter, then remark-parse, remark-rehype and rehype-stringify.
 */
export async function baselinePipeline(): Promise<(source: Buffer | string) => string> {
  const { default: matter } = await import('gray-matter');
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const { default: remarkRehype } = await import('remark-rehype');
  const { default: rehypeStringify } = await import('rehype-stringify');
  const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);
  return (source) => {
    const { content } = matter(typeof source === 'string' ? source : source.toString('utf8'));
    return String(processor.processSync(content));
  };
}
