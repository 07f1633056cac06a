// The search box: an ARIA combobox with suggestions as you type (Chinese, partial names, English aliases).
// Keyboard: ↓/↑ move, Enter opens the highlighted suggestion (or the full result list), Escape closes.
import { api } from './api.js';
import { h, debounce } from './dom.js';
import { t, term } from './i18n.js';
import { normalizeSearch } from './normalize.js';

let counter = 0;

/**
 * Creates a search box. `onPick(ref)` receives the chosen entity; `onSubmit(text)` (optional) gets Enter
 * pressed with no suggestion highlighted.
 */
export function createSearchBox({ placeholder = t('search.placeholder'), onPick, onSubmit, value = '', name = 'q' } = {}) {
  const listId = `suggest-${++counter}`;
  const input = h('input', {
    type: 'search', name, value, placeholder, autocomplete: 'off', spellcheck: 'false',
    role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId,
    'aria-label': placeholder, class: 'search-input',
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', hidden: true });
  const box = h('div', { class: 'search-box' }, input, list);
  let items = [];
  let active = -1;
  let controller = null;
  let picked = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (i) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0 && list.children[i]) {
      input.setAttribute('aria-activedescendant', list.children[i].id);
      list.children[i].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const pick = (ref) => {
    picked = ref;
    input.value = ref.name;
    close();
    onPick?.(ref);
  };

  const render = (text) => {
    list.replaceChildren();
    if (!items.length) {
      list.appendChild(h('li', { class: 'none', role: 'option', 'aria-disabled': 'true' }, t('search.none')));
    }
    items.forEach((ref, i) => {
      const alias = ref.aliases.find((a) => a.toLowerCase().includes(text.toLowerCase()) && !ref.name.includes(text));
      list.appendChild(h('li', {
        id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false', class: 'suggestion', dataset: { id: ref.id },
        onmousedown: (e) => { e.preventDefault(); pick(ref); },
      },
      h('span', { class: 'name' }, ref.name),
      ref.labels.map((l) => h('span', { class: `badge label-${l}` }, term('label', l))),
      alias ? h('span', { class: 'alias' }, alias) : null));
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(-1);
  };

  const lookup = async (text) => {
    controller?.abort();
    if (!text.trim()) { close(); return; }
    controller = new AbortController();
    try {
      items = normalizeSearch(await api.search(text.trim(), { limit: 10, signal: controller.signal })).slice(0, 10);
      if (input.value === text) render(text);
    } catch (err) {
      if (err.name !== 'AbortError') {
        items = [];
        list.replaceChildren(h('li', { class: 'none error', role: 'option', 'aria-disabled': 'true' }, `${t('common.error')}: ${err.message}`));
        list.hidden = false;
      }
    }
  };
  const later = debounce(lookup, 120);

  input.addEventListener('input', () => { picked = null; later(input.value); });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden) { lookup(input.value); return; }
      const n = items.length;
      if (!n) return;
      highlight(e.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!list.hidden && active >= 0 && items[active]) pick(items[active]);
      else if (onSubmit && input.value.trim()) { close(); onSubmit(input.value.trim()); }
      else if (items.length === 1 && !list.hidden) pick(items[0]);
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  return {
    element: box,
    input,
    get picked() { return picked; },
    set(ref) { picked = ref; input.value = ref?.name ?? ''; },
  };
}
