/*
 * Starts Disclosure Hub's GraphiQL (page: GET /graphiql). A file of its own rather than an inline
 * <script>, so a Content-Security-Policy of script-src 'self' needs no exceptions.
 *
 * Test hook: /graphiql?autorun=1 runs the first example query as soon as the editors are ready
 * and keeps GraphiQL's saved tabs out of it (scripts/check-graphiql-offline.sh uses it to prove,
 * in a browser cut off from the network, that the page works end to end).
 */
(function () {
  'use strict';

  // Relative to the page, like its other URLs: the hub may sit behind a path prefix.
  var ENDPOINT = new URL('graphql', document.baseURI).href;

  var FIRST_OPERATION = 'Agencies';

  var DEFAULT_QUERY = [
    '# Disclosure Hub — 行政执法公示数据中心',
    '#',
    '# 运行：光标放在一个查询里按 Ctrl-Enter，',
    '#       或点 ▶ 选择要运行的查询。',
    '# Run: put the cursor inside a query and press',
    '#      Ctrl-Enter, or click ▶ and pick a query.',
    '# 字段说明：左侧 Docs 图标。 Field docs: the Docs icon.',
    '',
    '# 1. 执法主体：上级机关、下属单位和统计数字',
    '#    Agencies with parent, subordinate units and counts',
    'query Agencies {',
    '  hub { today apiVersion }  # 服务日期 the hub\'s day',
    '  agencies(filter: { district: "朝阳区", nameContains: "双井" }) {',
    '    totalCount',
    '    edges {',
    '      node {',
    '        code',
    '        name',
    '        kind',
    '        parent { name }          # 上级机关 parent',
    '        children { name kind }   # 下属单位 subordinate units',
    '        powerCount               # 现行权力事项 active powers',
    '        officerCount             # 持证执法人员 valid credentials',
    '        auxiliaryStaffCount      # 辅助人员 auxiliary staff',
    '        consultPhone',
    '        supervisionPhone',
    '      }',
    '    }',
    '  }',
    '}',
    '',
    '# 2. 权力清单：区市场监管局的双随机抽查事项及调整记录',
    '#    Random-inspection items of the market regulation',
    '#    bureau, each with its change history',
    'query RandomInspectionItems {',
    '  powers(',
    '    filter: { agencyCode: "11110105000000027U", randomInspection: true }',
    '    first: 10',
    '  ) {',
    '    totalCount',
    '    edges {',
    '      node {',
    '        code',
    '        name',
    '        category',
    '        status',
    '        effectiveFrom',
    '        effectiveTo',
    '        legalBasis',
    '        history {                # 调整记录 oldest first',
    '          kind',
    '          effectiveOn',
    '          fromAgency { name }',
    '          toAgency { name }',
    '          changedFields',
    '          previousValues { field value }',
    '        }',
    '      }',
    '    }',
    '  }',
    '}',
    '',
    '# 3. 执法证件查询：执法证与辅助人员工作证',
    '#    Credential check: an officer\'s credential and an',
    '#    auxiliary staff member\'s work card',
    'query CredentialCheck {',
    '  officer: credentialCheck(credentialNo: "1101050000101") {',
    '    found',
    '    kind',
    '    mayEnforce                   # 是否可以执法 may enforce today',
    '    validity',
    '    holderName',
    '    agency { name }',
    '    domain',
    '    expiresOn',
    '    checkedOn',
    '    advice                       # 查询说明 plain-language answer',
    '  }',
    '  auxiliary: credentialCheck(credentialNo: "FZ-110105-0019") {',
    '    found',
    '    kind',
    '    mayEnforce',
    '    holderName                   # 不公示姓名 never published',
    '    agency { name }',
    '    duties',
    '    advice',
    '  }',
    '}',
    '',
    '# 4. 分页：每页 5 人。下一页：在下方 Variables 填入',
    '#    {"after": "<上一页的 pageInfo.endCursor>"} 再运行。',
    '#    Pagination: 5 officers a page. Next page: put',
    '#    {"after": "<pageInfo.endCursor>"} into Variables.',
    'query OfficersPage($after: String) {',
    '  officers(',
    '    filter: { agencyCode: "11110105000000027U", role: OFFICER }',
    '    first: 5',
    '    after: $after',
    '  ) {',
    '    totalCount                   # 总数 matches in all',
    '    pageInfo { hasNextPage endCursor }',
    '    edges {',
    '      cursor',
    '      node {',
    '        credentialStatus',
    '        ... on EnforcementOfficer {',
    '          name',
    '          credentialNo',
    '          validToday',
    '          expiresOn',
    '        }',
    '      }',
    '    }',
    '  }',
    '}',
    ''
  ].join('\n');

  var autorun = new URLSearchParams(window.location.search).get('autorun') === '1';

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

  /**
   * The schema, built from the SDL the hub prints at GET /graphql/schema, or undefined to let
   * GraphiQL introspect. The SDL comes first because GraphiQL's introspection query nests 13
   * levels deep and the hub answers anything deeper than datahub.graphql.max-depth (12) with
   * QUERY_TOO_COMPLEX, which would leave the Docs explorer and autocompletion empty.
   */
  function loadSchema() {
    return window.fetch(new URL('graphql/schema', document.baseURI).href, { headers: { Accept: 'text/plain' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('GET graphql/schema answered ' + response.status);
        }
        return response.text();
      })
      .then(function (sdl) { return GraphiQL.GraphQL.buildSchema(sdl); })
      .catch(function (error) {
        window.console.warn('Disclosure Hub: no printed schema, GraphiQL will introspect.', error);
        return undefined;
      });
  }

  function render(schema) {
    var props = {
      fetcher: GraphiQL.createFetcher({ url: ENDPOINT }),
      schema: schema,
      // Shown on a visitor's first visit only; later visits restore the tabs they left.
      defaultQuery: DEFAULT_QUERY,
      defaultEditorToolsVisibility: 'variables'
    };
    if (autorun) {
      props.storage = memoryStorage();
      props.query = DEFAULT_QUERY;
      props.operationName = FIRST_OPERATION;
    }
    // The hub's own name in place of GraphiQL's logo, which links to github.com.
    var logo = React.createElement(GraphiQL.Logo, null, 'Disclosure Hub');
    ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props, logo));
    if (autorun) {
      executeUntilAnswered(Date.now() + 10000);
    }
  }

  loadSchema().then(render);
})();
