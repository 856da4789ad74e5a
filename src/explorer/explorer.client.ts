// The explorer's own script, served as /explorer/explorer.js: a string here so that `tsc -b` ships it
// in dist/ with the rest (it runs in the browser, after React, ReactDOM and GraphiQL's UMD builds).
import { ROLE_EXAMPLES, readableExample } from './role-examples';

/** Each role's example query, on readable lines, by role. */
const examplesByRole = () => Object.fromEntries(ROLE_EXAMPLES.map((example) => [example.role, readableExample(example)]));

export const explorerClientJs = () => String.raw`'use strict';
(() => {
  const EXAMPLES = ${JSON.stringify(examplesByRole())};
  const select = document.getElementById('role');
  const status = document.getElementById('status');
  const exampleButton = document.getElementById('example');
  // The chosen principal: its token once minted, or why there is none. PUBLIC sends no token.
  let current = { value: 'PUBLIC', token: null, error: null, ready: Promise.resolve() };

  const show = (text, state) => {
    status.textContent = text;
    status.dataset.state = state;
  };

  async function mint(role, org) {
    const response = await fetch('explorer/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role, org }),
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok || typeof body.token !== 'string') throw new Error(body.error || response.status + ' ' + response.statusText);
    return body.token;
  }

  function choose() {
    const value = select.value;
    const choice = { value, token: null, error: null, ready: Promise.resolve() };
    current = choice;
    if (value === 'PUBLIC') return show('PUBLIC: no token', 'ready');
    const [role, org] = value.split(':');
    show('minting a token for ' + role + ' ' + org + '…', 'pending');
    choice.ready = mint(role, org).then(
      (token) => {
        choice.token = token;
        if (current === choice) show('acting as ' + role + ' ' + org, 'ready');
      },
      (error) => {
        choice.error = error;
        if (current === choice) show('no token for ' + role + ' ' + org + ': ' + error.message, 'error');
      },
    );
  }

  // Subscriptions go over WebSocket (graphql-ws, bundled in GraphiQL) to the same /graphql, the token in connection_init.
  const liveUrl = new URL('graphql', location.href);
  liveUrl.protocol = liveUrl.protocol === 'https:' ? 'wss:' : 'ws:';
  // The operation to run is a subscription, read from the text sent (GraphiQL's parsed document can lag behind the editor).
  const isSubscription = (params) => {
    const text = String(params.query || '').replace(/#[^\n]*/g, '');
    return params.operationName ? new RegExp('\\bsubscription\\s+' + params.operationName + '\\b').test(text) : /^\s*subscription\b/.test(text);
  };
  function subscribe(choice, params, options) {
    const wsConnectionParams = choice.token ? { authorization: 'Bearer ' + choice.token } : {};
    // GraphiQL's fetcher decides from the document it is given: give it the one the text says, not a stale parse.
    const name = params.operationName ? { kind: 'Name', value: params.operationName } : undefined;
    const documentAST = { kind: 'Document', definitions: [{ kind: 'OperationDefinition', operation: 'subscription', name }] };
    return GraphiQL.createFetcher({ url: 'graphql', subscriptionUrl: liveUrl.href, wsConnectionParams })(params, { ...options, documentAST });
  }

  // Each request waits for the chosen principal's token, so a query run straight after picking one runs as it.
  async function fetcher(params, options) {
    const choice = current;
    await choice.ready;
    if (choice.error) throw new Error('no token for ' + choice.value + ': ' + choice.error.message);
    if (isSubscription(params)) return subscribe(choice, params, options);
    const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9' };
    if (choice.token) headers.authorization = 'Bearer ' + choice.token;
    Object.assign(headers, options && options.headers);
    const response = await fetch('graphql', { method: 'POST', headers, body: JSON.stringify(params) });
    const { data, errors, ...rest } = await response.json();
    return errors ? { data, errors, ...rest } : { data, ...rest }; // the data first, then what was withheld and why
  }

  // The role's example query: offered in the editor when a role is picked, unless the editor holds
  // something other than the example offered last; the button puts it there whatever it holds.
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  let editorText = null;
  let offered = EXAMPLES.PUBLIC;
  let shown; // the query prop last rendered: GraphiQL sets the editor only when it changes
  const render = (query) => {
    shown = query;
    root.render(React.createElement(GraphiQL, {
      fetcher, query, defaultQuery: EXAMPLES.PUBLIC, shouldPersistHeaders: false, onEditQuery: (text) => { editorText = text; },
    }));
  };
  const exampleOfPicked = () => EXAMPLES[select.value.split(':')[0]];
  function offer(example) {
    if (example === shown && editorText !== example) ReactDOM.flushSync(() => render(editorText));
    offered = example;
    render(example);
  }

  select.addEventListener('change', () => {
    choose();
    if (editorText === null || editorText.trim() === '' || editorText === offered) offer(exampleOfPicked());
  });
  exampleButton.addEventListener('click', () => offer(exampleOfPicked()));
  choose();
  render(undefined);
})();
`;
