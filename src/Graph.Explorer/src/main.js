// The explorer's entry point: the header (search box, language toggle) and a hash router, so every view has a
// link of its own (#/entity/ent-smic, #/chain/…?town=…, #/paths?from=…&to=…, #/cypher?s=…) and the server only
// ever serves one page.
import { mount } from './dom.js';
import { getLang, setLang, t } from './i18n.js';
import { hrefOf, parseRoute, routeHref } from './links.js';
import { createSearchBox } from './search.js';
import { renderHome, renderSearch } from './views/home.js';
import { renderEntity } from './views/entity.js';
import { renderChain } from './views/chain.js';
import { renderPlace } from './views/place.js';
import { renderPaths } from './views/paths.js';
import { renderCypher } from './views/cypher.js';

let cleanup = null;

async function route() {
  const view = document.getElementById('view');
  if (typeof cleanup === 'function') cleanup();
  cleanup = null;
  const { view: name, id, params } = parseRoute(location.hash);
  document.title = t('app.title');
  switch (name) {
    case 'entity': cleanup = await renderEntity(view, id); break;
    case 'chain': cleanup = await renderChain(view, id, params); break;
    case 'place': cleanup = await renderPlace(view, id); break;
    case 'paths': renderPaths(view, params); break;
    case 'cypher': renderCypher(view, params); break;
    case 'search': await renderSearch(view, params); break;
    default: renderHome(view);
  }
  document.querySelectorAll('.nav a').forEach((a) => a.classList.toggle('active', a.getAttribute('href') === `#/${name === 'home' ? '' : name}`));
}

function header() {
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  document.documentElement.lang = getLang() === 'en' ? 'en' : 'zh-CN';
  const toggle = document.getElementById('lang-toggle');
  toggle.textContent = getLang() === 'en' ? '中文' : 'EN';
  const search = createSearchBox({
    onPick: (ref) => { location.hash = hrefOf(ref); },
    onSubmit: (text) => { location.hash = routeHref('search', '', { q: text }); },
  });
  search.input.id = 'search';
  mount(document.getElementById('global-search'), search.element);
}

function start() {
  setLang(new URLSearchParams(location.search).get('lang') ?? localStorage.getItem('lang') ?? 'zh');
  header();
  document.getElementById('lang-toggle').addEventListener('click', () => {
    setLang(getLang() === 'en' ? 'zh' : 'en');
    localStorage.setItem('lang', getLang());
    header();
    route();
  });
  // "/" focuses the search box from anywhere but a text field.
  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement?.tagName ?? '')) {
      e.preventDefault();
      document.getElementById('search')?.focus();
    }
  });
  window.addEventListener('hashchange', route);
  route();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
