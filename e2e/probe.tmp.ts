import { inlineFindings, openEditor, typeAtEnd, until } from './src/browser';
import { startSuite } from './src/suite';

const suite = await startSuite();
const ana = await openEditor(suite.browser, suite.server.url, 'Ana', 'probe');
await typeAtEnd(ana.page, 'In all, 800 people were evacuated.');
const l = await until(
  'f',
  () => inlineFindings(ana.page),
  (l) => l.some((f) => f.kind === 'figure-contradicted'),
);
await ana.page.evaluate(`(() => {
  const { view } = window.factdesk;
  window.log = [];
  view.setProps({ dispatchTransaction: (tr) => { window.log.push(JSON.stringify({sel: tr.selectionSet, from: tr.selection.from, to: tr.selection.to, doc: tr.docChanged, meta: Object.keys(tr.meta), stack: new Error().stack.split('\\n').slice(2,6).join(' | ')})); view.updateState(view.state.apply(tr)); } });
})()`);
await ana.page.locator(`[data-factdesk-panel] [data-finding-id="${l[0].id}"]`).click();
await ana.page.waitForTimeout(500);
console.log(await ana.page.evaluate('window.log'));
console.log(
  await ana.page.evaluate(
    'JSON.stringify(window.factdesk.commands.factCheckKey.getState(window.factdesk.view.state).active)',
  ),
);
await suite.close();
