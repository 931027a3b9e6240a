import { describe, expect, it } from 'vitest';
import { templateEmbed } from './template-embeds.ts';

describe('templateEmbed', () => {
  it("reads Octopress' img tag: classes, source, size, title and alt", () => {
    expect(templateEmbed('{% img img-thumbnail http://x.org/a/b.png %}')).toEqual({
      kind: 'image',
      url: 'http://x.org/a/b.png',
      alt: '',
    });
    expect(
      templateEmbed(`{% img right /images/room.png 300 200 'The room' 'The main room' %}`),
    ).toEqual({
      kind: 'image',
      url: '/images/room.png',
      alt: 'The main room',
      title: 'The room',
    });
    expect(templateEmbed('{% img /images/room.png The main room %}')).toEqual({
      kind: 'image',
      url: '/images/room.png',
      alt: 'The main room',
      title: 'The main room',
    });
    expect(templateEmbed('{%- img photo.jpg -%}')).toMatchObject({ url: 'photo.jpg' });
  });

  it('reads figure shortcodes by their named source, whatever the engine', () => {
    expect(
      templateEmbed('{{< figure src="/img/stage.jpg" title="Keynote" alt="The stage" >}}'),
    ).toEqual({ kind: 'image', url: '/img/stage.jpg', alt: 'The stage', title: 'Keynote' });
    expect(templateEmbed('{{% figure src="a.png" caption="At lunch" %}}')).toEqual({
      kind: 'image',
      url: 'a.png',
      alt: 'At lunch',
    });
    expect(templateEmbed('{{ fig(src="/files/london.jpg", alt="London from above") }}')).toEqual({
      kind: 'image',
      url: '/files/london.jpg',
      alt: 'London from above',
    });
    expect(templateEmbed('{% image "./cat.jpg", "My cat" %}')).toEqual({
      kind: 'image',
      url: './cat.jpg',
      alt: 'My cat',
    });
  });

  it('reads video, slide, gist and post embeds as links', () => {
    expect(templateEmbed('{{< youtube w7Ft2ymGmfc >}}')).toEqual({
      kind: 'link',
      url: 'https://www.youtube.com/watch?v=w7Ft2ymGmfc',
      text: 'Video',
    });
    expect(templateEmbed('{{< youtube id="w7Ft2ymGmfc" autoplay="true" >}}')).toMatchObject({
      url: 'https://www.youtube.com/watch?v=w7Ft2ymGmfc',
    });
    expect(templateEmbed('{% vimeo 146022717 %}')).toMatchObject({
      url: 'https://vimeo.com/146022717',
    });
    expect(templateEmbed('{% speakerdeck 4e8126e72d853c0060001f97 %}')).toMatchObject({
      url: 'https://speakerdeck.com/player/4e8126e72d853c0060001f97',
      text: 'Slides',
    });
    expect(templateEmbed('{{< gist spf13 7896402 >}}')).toMatchObject({
      url: 'https://gist.github.com/spf13/7896402',
    });
    expect(
      templateEmbed('{{< tweet user="SanDiegoZoo" id="1453110110599868418" >}}'),
    ).toMatchObject({
      url: 'https://x.com/SanDiegoZoo/status/1453110110599868418',
    });
  });

  it("reads Hugo's ref and relref and Jekyll's post_url and link as the article's path", () => {
    expect(templateEmbed('{{< ref "day-one.md" >}}')).toEqual({
      kind: 'address',
      url: 'day-one.md',
    });
    expect(templateEmbed('{{< relref path="/posts/day-one.md#keynote" lang="en" >}}')).toEqual({
      kind: 'address',
      url: '/posts/day-one.md#keynote',
    });
    expect(templateEmbed('{% post_url 2015-11-18-day-one %}')).toEqual({
      kind: 'address',
      url: '2015-11-18-day-one',
    });
    expect(templateEmbed('{%- link _posts/2015-11-18-day-one.md -%}')).toEqual({
      kind: 'address',
      url: '_posts/2015-11-18-day-one.md',
    });
  });

  it("reads Hexo's post and asset tags: addresses, links with their text, pictures", () => {
    expect(templateEmbed('{% post_path 2015-11-18-day-one %}')).toEqual({
      kind: 'address',
      url: '2015-11-18-day-one',
    });
    expect(templateEmbed('{% post_link 2015-11-18-day-one "The first day" %}')).toEqual({
      kind: 'link',
      url: '2015-11-18-day-one',
      text: 'The first day',
    });
    expect(templateEmbed('{% post_link 2015-11-18-day-one The first day false %}')).toEqual({
      kind: 'link',
      url: '2015-11-18-day-one',
      text: 'The first day',
    });
    expect(templateEmbed('{% post_link day-one %}')).toMatchObject({ text: 'day-one' });
    expect(templateEmbed('{% asset_img stage.jpg The main stage %}')).toEqual({
      kind: 'image',
      url: 'stage.jpg',
      alt: 'The main stage',
      title: 'The main stage',
    });
  });

  it('reads nothing else: other tags, closing tags, sources that are no address', () => {
    for (const tag of [
      '{% include footer.html %}',
      '{{ page.title }}',
      '{{< /figure >}}',
      '{% for post in site.posts %}',
      '{% img img-thumbnail %}',
      '{{< figure caption="no source" >}}',
      '{{< figure src="java script:alert(1)" >}}',
      '{{< figure src="javascript:alert(1)" >}}',
      '{% img data:image/png;base64,AAAA %}',
      '{{< youtube "a b" >}}',
      '{{< youtube >}}',
      '{{< ref "javascript:alert(1)" >}}',
      '{{< ref >}}',
      '{% link a.md b.md %}',
      '{% post_link javascript:alert(1) x %}',
      '{% post_link %}',
      '{% img img-thumbnail http://x.org/a.png)\nand the rest of a paragraph %}',
      // Names of an object's prototype are names like any other.
      '{{ constructor }}',
      '{% constructor x %}',
      '{{< __proto__ >}}',
    ])
      expect(templateEmbed(tag), tag).toBeUndefined();
  });
});
