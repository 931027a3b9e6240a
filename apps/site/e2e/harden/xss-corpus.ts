// Classic cross-site scripting vectors. Every payload that could run reports itself through a
// global (`__pwned`), a dialog or a request to evil.example, so a test can see it run.

/** Markup and script payloads, for text fields: titles, names, tags, descriptions, link text. */
export const TEXT_PAYLOADS: readonly string[] = [
  `<script>window.__pwned='script';alert('script')</script>`,
  `"><img src=x onerror="window.__pwned='attr-dq'">`,
  `'><svg onload="window.__pwned='attr-sq'">`,
  `</script><script>window.__pwned='ld-json'</script>`,
  `</title><script>window.__pwned='title'</script>`,
  `<svg><script>window.__pwned='svg-script'</script></svg>`,
  `<svg><animate onbegin="window.__pwned='svg-animate'" attributeName=x dur=1s>`,
  `<iframe src="javascript:parent.__pwned='iframe'"></iframe>`,
  `<a href="javascript:window.__pwned='a-href'">click</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='mxss'">`,
  `<img src="https://evil.example/pwn.png">`,
  `<link rel=stylesheet href="https://evil.example/pwn.css">`,
  `<meta http-equiv="refresh" content="0;url=javascript:window.__pwned='meta'">`,
  `<base href="https://evil.example/">`,
  `<form action="javascript:window.__pwned='form'"><button>go</button></form>`,
  `<object data="data:text/html,<script>parent.__pwned='object'</script>"></object>`,
  `&lt;img src=x onerror="window.__pwned='entity'"&gt;`,
  `]]></title><script>window.__pwned='cdata'</script>`,
  `{{constructor.constructor('window.__pwned="template"')()}}`,
  `<!--<script>window.__pwned='comment'</script>-->`,
  // Unicode tricks: a right-to-left override, fullwidth brackets, line separators that end a
  // JavaScript string in old engines, a lone surrogate-free astral character, zero-width joiners.
  `\u202egnp.exe\u202c <scr\u200bipt>window.__pwned='zwsp'</scr\u200bipt>`,
  `\uff1cscript\uff1ewindow.__pwned='fullwidth'\uff1c/script\uff1e`,
  `line\u2028sep\u2029para "quote' \\back\\slash`,
  `\u0000nul\u0001soh\u000bvt\u001besc\u007fdel\u0085nel\u009bcsi`,
  `😀 <style>@import 'https://evil.example/pwn.css';</style>`,
];

/** URL payloads, for fields that become `href` or `src`: author and event URLs, links, images. */
export const URL_PAYLOADS: readonly string[] = [
  `javascript:window.__pwned='js-url'`,
  `JaVaScRiPt:window.__pwned='js-case'`,
  `  javascript:window.__pwned='js-space'`,
  `java\tscript:window.__pwned='js-tab'`,
  `java&#x09;script:window.__pwned='js-entity'`,
  `data:text/html,<script>window.__pwned='data-url'</script>`,
  `data:image/svg+xml,<svg onload="window.__pwned='data-svg'"/>`,
  `vbscript:msgbox('vbs')`,
  `https://evil.example/" onmouseover="window.__pwned='url-attr'`,
  `https://evil.example/pwn'><script>window.__pwned='url-break'</script>`,
  `//evil.example/pwn`,
];

/** What a payload sets or calls when it runs. */
export const MARKER = '__pwned';
/** The host every payload's request goes to; nothing may ever request it. */
export const EVIL_HOST = 'evil.example';
