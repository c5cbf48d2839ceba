import {
  ApiError,
  currentSession,
  keepSession,
  type Role,
  type Session,
  signIn,
  signOut,
} from './api';
import { h, replace } from './dom';
import { mayLeave } from './leave-guard';

/** The page's header and main area. */
export interface Frame {
  header: HTMLElement;
  main: HTMLElement;
  /** Shows who is signed in, with a sign-out button. */
  showUser(session: Session): void;
}

/**
 * Lays out a page: the masthead (product name, links to the story and the fact desk, who is
 * signed in) and an empty main area.
 */
export function frame(root: HTMLElement, page: 'story' | 'desk'): Frame {
  const user = h('div', { class: 'masthead__user' });
  const nav = h(
    'nav',
    { class: 'masthead__nav', 'aria-label': 'Pages' },
    h('a', { href: './', 'aria-current': page === 'story' ? 'page' : null }, 'Story'),
    h('a', { href: './desk.html', 'aria-current': page === 'desk' ? 'page' : null }, 'Fact desk'),
  );
  const header = h(
    'header',
    { class: 'masthead' },
    h('span', { class: 'masthead__brand' }, 'factdesk'),
    nav,
    user,
  );
  const main = h('main', { class: `page page--${page}` });
  replace(root, header, main);
  const showUser = (session: Session) => {
    const out = h('button', { type: 'button', class: 'button button--quiet' }, 'Sign out');
    out.addEventListener('click', () => {
      if (!mayLeave()) return;
      signOut();
      location.reload();
    });
    replace(
      user,
      h('span', {
        class: 'masthead__dot',
        style: `background:${session.user.color}`,
        'aria-hidden': 'true',
      }),
      h(
        'span',
        { class: 'masthead__name', 'data-user-name': session.user.name },
        session.user.name,
      ),
      h('span', { class: 'masthead__role' }, session.user.role),
      out,
    );
  };
  const session = currentSession();
  if (session) showUser(session);
  return { header, main, showUser };
}

/**
 * The session of this tab, kept signed in while the page is open (`keepSession`); when there is
 * none, shows the sign-in form (name and role) in `main` and resolves once the server issued a
 * session.
 */
export async function requireSession(main: HTMLElement, defaultRole: Role): Promise<Session> {
  const session = currentSession() ?? (await signInForm(main, defaultRole));
  keepSession(session);
  return session;
}

function signInForm(main: HTMLElement, defaultRole: Role): Promise<Session> {
  return new Promise((resolve) => {
    const name = h('input', {
      id: 'signin-name',
      name: 'name',
      required: true,
      maxlength: 80,
      autocomplete: 'name',
    });
    const role = h(
      'select',
      { id: 'signin-role', name: 'role' },
      h('option', { value: 'reporter', selected: defaultRole === 'reporter' }, 'Reporter'),
      h('option', { value: 'desk', selected: defaultRole === 'desk' }, 'Fact desk'),
      h('option', { value: 'viewer', selected: defaultRole === 'viewer' }, 'Viewer (read only)'),
    );
    const error = h('p', { class: 'form__error', role: 'alert' });
    const submit = h('button', { type: 'submit', class: 'button button--primary' }, 'Sign in');
    const form = h(
      'form',
      { class: 'signin', 'aria-labelledby': 'signin-title' },
      h('h1', { id: 'signin-title' }, 'Sign in to the newsroom'),
      h('label', { for: 'signin-name' }, 'Your name'),
      name,
      h('label', { for: 'signin-role' }, 'Role'),
      role,
      submit,
      error,
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      submit.disabled = true;
      error.textContent = '';
      try {
        const session = await signIn(name.value.trim(), role.value as Role);
        form.remove();
        resolve(session);
      } catch (err) {
        error.textContent =
          err instanceof ApiError && err.problems.length
            ? err.problems.map((p) => `${p.path}: ${p.message}`).join('; ')
            : (err as Error).message;
        submit.disabled = false;
      }
    });
    replace(main, form);
    name.focus();
  });
}
