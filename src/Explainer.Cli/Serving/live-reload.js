// Added to HTML pages by `explainer serve` as they are sent; never part of a built site.
// Reloads the page after every successful rebuild, and shows the errors of a failed one.
(() => {
  'use strict';
  const events = new EventSource('/__explainer/events');
  let host = null;

  events.addEventListener('reload', () => location.reload());
  events.addEventListener('build-error', event => show(JSON.parse(event.data)));

  function show(report) {
    host?.remove();
    host = document.createElement('explainer-build-errors');
    host.id = 'explainer-build-errors';
    // A shadow root keeps the site's CSS off the overlay and the overlay's CSS off the site.
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `
      :host { all: initial; position: fixed; inset: 0 0 auto 0; z-index: 2147483647; }
      section { margin: 0; padding: 1rem 1.25rem; max-height: 70vh; overflow: auto; background: #2b0a0a;
        color: #ffe9e9; font: 14px/1.5 system-ui, sans-serif; border-bottom: 4px solid #ff5c5c; }
      h2 { margin: 0 0 .5rem; font-size: 1rem; }
      pre { margin: 0; white-space: pre-wrap; font: 13px/1.5 ui-monospace, monospace; }
      button { float: right; font: inherit; color: inherit; background: none; border: 1px solid currentColor; border-radius: 4px; }`;
    const section = document.createElement('section');
    section.setAttribute('role', 'alert');
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Close';
    close.addEventListener('click', () => host.remove());
    const title = document.createElement('h2');
    title.textContent = report.title;
    const lines = document.createElement('pre');
    lines.textContent = report.lines.join('\n'); // text, never markup: messages quote the input
    section.append(close, title, lines);
    root.append(style, section);
    document.documentElement.append(host);
  }
})();
