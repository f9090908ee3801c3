// Responses that the safety tests need and a static server does not give:
//   /slow?ms=500&file=/data/x.json   the file, after a delay (a fetch still in flight)
//   /status?code=503                 an empty response with that HTTP status
//   /flaky?key=k&file=/data/x.json   503 the first time a key is asked for, then the file
//   /test/pages/csp*.html            served with a Content-Security-Policy header
//   /cookie-echo                     a dataset whose title says whether the request carried a cookie

/** The policy a strict school site may have, and the one README.md gives (Lit's trusted type). */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const CSP_PAGES = {
  '/test/pages/csp.html': CSP,
  // The same page loading the script twice: Lit's policy is then created twice.
  '/test/pages/csp-twice.html': `${CSP} 'allow-duplicates'`,
};
const flakyKeys = new Set();

export async function safetyResponses(ctx, next) {
  const { ms, file, code, key } = ctx.query;
  if (ctx.path === '/slow') {
    await new Promise((done) => setTimeout(done, Math.min(Number(ms) || 0, 5000)));
    ctx.url = file;
  } else if (ctx.path === '/status') {
    ctx.status = Number(code);
    ctx.body = '';
    return;
  } else if (ctx.path === '/cookie-echo') {
    const title = ctx.get('Cookie') ? 'The request carried a cookie' : 'The request carried no cookie';
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ version: 1, title, paths: [{ id: 'nursing', name: 'Nursing' }] });
    return;
  } else if (ctx.path === '/flaky') {
    if (!flakyKeys.has(key)) {
      flakyKeys.add(key);
      ctx.status = 503;
      ctx.body = '';
      return;
    }
    ctx.url = file;
  }
  await next();
  const policy = CSP_PAGES[ctx.path];
  if (policy) ctx.set('Content-Security-Policy', policy);
}
