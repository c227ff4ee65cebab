/*
 * Starts Disclosure Hub's GraphiQL (page: GET /graphiql). A file of its own rather than an inline
 * <script>, so a Content-Security-Policy of script-src 'self' needs no exceptions.
 *
 * The example queries a first visit opens with are in graphiql/examples.graphql, a file of
 * their own so GraphiQlPageTest can run every one of them against the schema.
 *
 * Test hook: /graphiql?autorun=1 runs the first example as soon as GraphiQL is ready and keeps
 * the tabs a person saved in this browser out of it (scripts/check-graphiql-offline.sh uses it
 * to prove, in a browser cut off from the network, that the page works end to end).
 */
(function () {
  'use strict';

  // Relative to the page, like all its URLs: the hub may sit behind a path prefix.
  var ENDPOINT = new URL('graphql', document.baseURI).href;
  var SCHEMA_SDL = new URL('graphql/schema', document.baseURI).href;
  var EXAMPLES = new URL('graphiql/examples.graphql', document.baseURI).href;

  var FALLBACK_QUERY = '# Disclosure Hub\n{\n  hub {\n    today\n    apiVersion\n  }\n}\n';

  var autorun = new URLSearchParams(window.location.search).get('autorun') === '1';

  function getText(url) {
    return window.fetch(url, { headers: { Accept: 'text/plain' } }).then(function (response) {
      if (!response.ok) {
        throw new Error('GET ' + url + ' answered ' + response.status);
      }
      return response.text();
    });
  }

  /**
   * The schema, built from the SDL the hub prints at GET /graphql/schema, or undefined to let
   * GraphiQL introspect. The SDL comes first because GraphiQL's introspection query nests 13
   * levels deep and the hub answers anything deeper than datahub.graphql.max-depth (12) with
   * QUERY_TOO_COMPLEX, which would leave the Docs explorer and autocompletion empty.
   */
  function loadSchema() {
    return getText(SCHEMA_SDL)
      .then(function (sdl) { return GraphiQL.GraphQL.buildSchema(sdl); })
      .catch(function (error) {
        window.console.warn('Disclosure Hub: no printed schema, GraphiQL will introspect.', error);
        return undefined;
      });
  }

  function loadExamples() {
    return getText(EXAMPLES).catch(function (error) {
      window.console.warn('Disclosure Hub: no example queries.', error);
      return FALLBACK_QUERY;
    });
  }

  /** Name of the first operation in the examples; undefined if they do not parse. */
  function firstOperationName(source) {
    var definitions;
    try {
      definitions = GraphiQL.GraphQL.parse(source).definitions;
    } catch (error) {
      return undefined;
    }
    for (var i = 0; i < definitions.length; i++) {
      if (definitions[i].kind === 'OperationDefinition') {
        return definitions[i].name ? definitions[i].name.value : undefined;
      }
    }
    return undefined;
  }

  /** Keeps a test run from reading or overwriting the tabs a person saved in this browser. */
  function memoryStorage() {
    var items = {};
    return {
      getItem: function (key) { return Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null; },
      setItem: function (key, value) { items[key] = String(value); },
      removeItem: function (key) { delete items[key]; },
      clear: function () { items = {}; },
      get length() { return Object.keys(items).length; }
    };
  }

  /**
   * Clicks "Execute" until the response pane shows an answer. The editors appear in the page
   * before GraphiQL has registered them, and a click before that does nothing, so the first
   * click may need a second. No click while a query is running: the same button stops it.
   * With several operations in the editor the button opens a menu instead, unless an
   * operationName prop picks one; autorun sets that prop.
   */
  function executeUntilAnswered(deadline) {
    var button = document.querySelector('.graphiql-execute-button');
    var response = document.querySelector('.graphiql-response .CodeMirror');
    var answered = response && response.CodeMirror && response.CodeMirror.getValue() !== '';
    if (answered || Date.now() > deadline) {
      return;
    }
    if (button && response && /^Execute/.test(button.getAttribute('aria-label') || '')) {
      button.click();
    }
    window.setTimeout(function () { executeUntilAnswered(deadline); }, 250);
  }

  function render(schema, examples) {
    var props = {
      fetcher: GraphiQL.createFetcher({ url: ENDPOINT }),
      schema: schema,
      // Shown on a visitor's first visit only; later visits restore the tabs they left.
      defaultQuery: examples,
      // Open, because the pagination example asks for a cursor there.
      defaultEditorToolsVisibility: 'variables'
    };
    if (autorun) {
      props.storage = memoryStorage();
      props.query = examples;
      props.operationName = firstOperationName(examples);
    }
    // The hub's own name in place of GraphiQL's logo, which links to github.com.
    var logo = React.createElement(GraphiQL.Logo, null, 'Disclosure Hub');
    ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props, logo));
    if (autorun) {
      executeUntilAnswered(Date.now() + 10000);
    }
  }

  Promise.all([loadSchema(), loadExamples()]).then(function (loaded) {
    render(loaded[0], loaded[1]);
  });
})();
