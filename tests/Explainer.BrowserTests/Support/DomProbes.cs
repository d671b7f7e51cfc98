namespace Explainer.BrowserTests.Support;

/// <summary>
/// Functions evaluated in the page. Playwright runs them through DevTools, so they work with the
/// page's own JavaScript disabled too.
/// </summary>
public static class DomProbes
{
    /// <summary>
    /// Shared helpers, pasted at the top of a probe's body. <c>onScreenBox(el)</c>: the largest of an
    /// element's boxes clipped to the viewport (an inline element that wraps has one box per line), or
    /// null. <c>coveredBy(el)</c>: the element painted over the middle of that box, or null.
    /// <c>label(el)</c>: a short description for messages.
    /// </summary>
    public const string Helpers = """
          const vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
          const label = e => `<${e.localName}${e.id ? '#' + e.id : ''}> "${(e.innerText || e.value || e.getAttribute('aria-label') || e.getAttribute('href') || '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
          const onScreenBox = el => [...el.getClientRects()]
            .map(b => ({ l: Math.max(b.left, 0), t: Math.max(b.top, 0), r: Math.min(b.right, vw), b: Math.min(b.bottom, vh) }))
            .filter(b => b.r > b.l && b.b > b.t)
            .sort((x, y) => (y.r - y.l) * (y.b - y.t) - (x.r - x.l) * (x.b - x.t))[0] || null;
          const coveredBy = el => {
            const box = onScreenBox(el);
            const hit = box && document.elementFromPoint((box.l + box.r) / 2, (box.t + box.b) / 2);
            return hit && hit !== el && !el.contains(hit) ? hit : null;
          };
        """;

    /// <summary>
    /// Scrolls an element into view and says why a reader could not see it, or null when they can:
    /// no size, hidden by CSS, outside the viewport, cut off at the side, or covered by another element.
    /// </summary>
    public const string WhyNotVisible = "el => {" + Helpers + """
          el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' }); // instant: a theme's smooth scrolling must not make this wait
          const r = el.getBoundingClientRect();
          if (r.width < 2 || r.height < 2) return `has no readable size (${r.width}x${r.height} px)`;
          if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }))
            return 'is hidden by CSS (display, visibility, opacity or content-visibility)';
          for (let e = el; e; e = e.parentElement) {
            const s = getComputedStyle(e);
            if (s.clipPath !== 'none' && /inset\(\s*50%|circle\(\s*0/.test(s.clipPath)) return `is clipped away by clip-path on <${e.localName}>`;
            if (s.clip !== 'auto' && /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(s.clip)) return `is clipped away by clip on <${e.localName}>`;
          }
          if (!onScreenBox(el))
            return `is outside the ${vw}x${vh} viewport after scrolling to it (at ${Math.round(r.left)},${Math.round(r.top)})`;
          if (r.left < -1 || r.right > vw + 1) return `is cut off at the side (spans ${Math.round(r.left)}..${Math.round(r.right)} of ${vw} px)`;
          const cover = coveredBy(el);
          return cover ? `is covered by ${label(cover)}` : null;
        }
        """;

    /// <summary>How much wider than the viewport the page is (0 when it reflows, as WCAG 1.4.10 wants).</summary>
    public const string HorizontalOverflow = """
        () => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)
        """;

    /// <summary>What keyboard users must reach: every link and control.</summary>
    public const string FocusableSelector =
        "a[href], area[href], button, summary, input, select, textarea, iframe, [tabindex], [contenteditable='true']";

    /// <summary>
    /// Lists the tabbable elements in DOM order (rendered, enabled, not inert, tabindex not negative),
    /// remembers them in the page, and returns each one's label and unfocused focus styles.
    /// </summary>
    public const string ListTabbables = "selector => {" + Helpers + """
          const tabbable = e => e.tabIndex >= 0 && !e.disabled && !e.closest('[inert]')
            && !(e.localName === 'input' && e.type === 'hidden')
            && e.checkVisibility({ visibilityProperty: true });
          window.__tabbables = [...document.querySelectorAll(selector)].filter(tabbable);
          window.__ring = e => { const s = getComputedStyle(e); return { outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, outlineColor: s.outlineColor, boxShadow: s.boxShadow }; };
          return window.__tabbables.map(e => ({ label: label(e), ring: window.__ring(e) }));
        }
        """;

    /// <summary>True once the focused element (if any) is on screen: a theme may scroll smoothly to it.</summary>
    public const string FocusOnScreen = "() => {" + Helpers + """
          const a = document.activeElement;
          return !a || a === document.body || a === document.documentElement || onScreenBox(a) !== null;
        }
        """;

    /// <summary>
    /// Describes the focused element: its index in the list (-1 when not in it, -2 for none), its focus
    /// styles, its box in page coordinates, whether it is on screen and uncovered, and the colour behind it.
    /// </summary>
    public const string DescribeFocus = "() => {" + Helpers + """
          const a = document.activeElement;
          if (!a || a === document.body || a === document.documentElement) return { index: -2 };
          const r = a.getBoundingClientRect();
          const cover = coveredBy(a);
          let background = 'rgb(255, 255, 255)';
          for (let e = a.parentElement; e; e = e.parentElement) {
            const c = getComputedStyle(e).backgroundColor;
            if (c !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(c)) { background = c; break; }
          }
          return {
            index: window.__tabbables.indexOf(a), label: label(a), ring: window.__ring(a), background,
            onScreen: onScreenBox(a) !== null, covered: cover ? label(cover) : null,
            left: r.left + scrollX, top: r.top + scrollY, right: r.right + scrollX, bottom: r.bottom + scrollY,
          };
        }
        """;
}
