// The parts of a page that the browser runs alone, loaded once and cached rather than sent with every page:
// the colour scheme and language buttons of the frame, the records grid's columns and data provider, the charts,
// and the flags in lists.
window.atlasLayout = window.atlasLayout || {
  // Applies the stored scheme, or the system's; the language button sets the named cookie and reloads.
  start(languageCookie) {
    this.languageCookie = languageCookie;
    const stored = localStorage.getItem('atlas-scheme');
    this.applyScheme(stored ? stored === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches);
  },
  applyScheme(dark) {
    document.documentElement.setAttribute('theme', dark ? 'dark' : '');
    document.documentElement.dispatchEvent(new CustomEvent('atlas-theme-changed'));
  },
  toggleScheme() {
    const dark = document.documentElement.getAttribute('theme') !== 'dark';
    localStorage.setItem('atlas-scheme', dark ? 'dark' : 'light');
    this.applyScheme(dark);
  },
  language(tag) {
    document.cookie = this.languageCookie + '=' + tag + '; path=/; max-age=31536000; samesite=lax';
    location.reload();
  }
};

window.atlasGrid = window.atlasGrid || {
  // Builds the grid's columns from their definitions and asks the server for rows a page at a time. Run again on
  // every attach, since a re-attached grid is a new element.
  setup(grid, columns, narrowWidth) {
    const narrow = matchMedia('(max-width: ' + (narrowWidth - 1) + 'px)');
    grid.multiSort = true;
    grid.multiSortPriority = 'append';
    grid.querySelectorAll(':scope > vaadin-grid-column').forEach(column => column.remove());
    const made = columns.map(spec => {
      const column = document.createElement('vaadin-grid-column');
      column.path = spec.key;
      column.flexGrow = spec.flexGrow;
      if (spec.sortable) {
        column.headerRenderer = root => {
          if (!root.firstElementChild) {
            const sorter = document.createElement('vaadin-grid-sorter');
            sorter.path = spec.key;
            sorter.textContent = spec.header;
            root.appendChild(sorter);
          }
        };
      } else {
        column.header = spec.header;
      }
      if (spec.link) {
        column.renderer = (root, owner, model) => {
          let link = root.firstElementChild;
          if (!link) {
            link = document.createElement('a');
            link.setAttribute('router-link', '');
            root.appendChild(link);
          }
          link.href = model.item[spec.key + '$href'];
          link.textContent = model.item[spec.key];
        };
      }
      grid.appendChild(column);
      return column;
    });
    // On a phone the grid keeps only the columns marked for it.
    const fit = () => columns.forEach((spec, i) => {
      made[i].hidden = narrow.matches && !spec.onPhone;
      made[i].width = narrow.matches && spec.phoneWidth ? spec.phoneWidth : spec.width;
    });
    fit();
    narrow.onchange = fit;
    grid.dataProvider = (params, callback) => {
      const order = params.sortOrders.filter(sort => sort.direction)
        .map(sort => sort.path + ' ' + sort.direction).join(',');
      grid.$server.rows(params.page, params.pageSize, order).then(text => {
        const rows = JSON.parse(text);
        // The size is not counted: one more page is offered while pages come back full.
        const more = rows.length === params.pageSize ? params.pageSize : 0;
        callback(rows, params.page * params.pageSize + rows.length + more);
      });
    };
  }
};

// Draws Apache ECharts charts for the server-side EChart component: loads the library when a page first has a
// chart, fetches each chart's option and data table from the server, follows the light/dark theme, resizes with
// its element, forwards clicks to the server and disposes of charts whose element is gone. The library, maps and
// charts' data are fetched one after another rather than all at once: a page of charts keeps to the connections
// it already has, on the server as in the browser.
window.atlasCharts = window.atlasCharts || (function () {
  const live = new Set();
  let queue = Promise.resolve();
  let library;
  // A page being left cancels the fetches under way: that is no failure to report.
  let leaving = false;
  addEventListener('pagehide', () => { leaving = true; });
  addEventListener('pageshow', () => { leaving = false; });
  const isDark = () => (document.documentElement.getAttribute('theme') || '').includes('dark');

  function loadLibrary() {
    library = library || new Promise((resolve, reject) => {
      if (window.echarts) {
        resolve();
        return;
      }
      const script = document.createElement('script');
      script.src = new URL('webjars/echarts/echarts.min.js', document.baseURI).href;
      script.onload = resolve;
      script.onerror = () => {
        library = null;
        reject(new Error('The chart library did not load'));
      };
      document.head.appendChild(script);
    });
    return library;
  }

  function sweep() {
    if (!window.echarts) return;
    for (const chart of [...live]) {
      if (!chart.getDom().isConnected) {
        chart.dispose();
        live.delete(chart);
      }
    }
  }

  function create(el) {
    const chart = echarts.init(el, isDark() ? 'dark' : null);
    chart.on('click', p => {
      const key = p.data && p.data.key != null ? String(p.data.key) : '';
      const value = p.value == null ? '' : (Array.isArray(p.value) ? p.value.join(',') : String(p.value));
      const server = el.__atlasServer && el.__atlasServer.$server;
      if (server) {
        server.chartClicked(p.seriesName || '', p.name || '', key, value);
      }
    });
    live.add(chart);
    return chart;
  }

  function apply(chart, option) {
    chart.setOption(Object.assign({ backgroundColor: 'transparent', animation: false }, option), true);
  }

  // The chart's drawing area and its table, made once inside the server's element.
  function parts(host) {
    let el = host.querySelector(':scope > .atlas-chart-canvas');
    if (!el) {
      el = document.createElement('div');
      el.className = 'atlas-chart-canvas';
      el.setAttribute('role', 'img');
      el.setAttribute('aria-label', host.dataset.label || '');
      const table = document.createElement('table');
      table.className = 'atlas-visually-hidden atlas-chart-table';
      host.append(el, table);
    }
    return { el, table: host.querySelector(':scope > .atlas-chart-table') };
  }

  async function draw(host, ticket, mapName, mapUrl) {
    await loadLibrary();
    // A newer drawing of the same chart was asked for meanwhile, or the chart has left the page.
    if (host.__atlasTicket !== ticket || !host.isConnected) return;
    sweep();
    if (mapName && !echarts.getMap(mapName)) {
      const map = await fetch(mapUrl);
      echarts.registerMap(mapName, await map.json());
    }
    const response = await fetch(host.getAttribute('data-chart'), { cache: 'no-store' });
    if (!response.ok || host.__atlasTicket !== ticket || !host.isConnected) return;
    const data = await response.json();
    const { el, table } = parts(host);
    table.innerHTML = data.table;
    if (!data.option) return;
    el.__atlasServer = host;
    el.__atlasOption = data.option;
    apply(echarts.getInstanceByDom(el) || create(el), el.__atlasOption);
    el.setAttribute('data-rendered', 'true');
    if (!el.__atlasResize) {
      el.__atlasResize = new ResizeObserver(() => {
        const chart = echarts.getInstanceByDom(el);
        if (chart) chart.resize();
      });
      el.__atlasResize.observe(el);
    }
  }

  // host is the server-side component's element: it serves the chart's data, receives clicks, and holds the
  // drawing area and the table.
  function render(host, mapName, mapUrl) {
    const ticket = (host.__atlasTicket || 0) + 1;
    host.__atlasTicket = ticket;
    queue = queue.then(() => draw(host, ticket, mapName, mapUrl))
      .catch(error => {
        if (!leaving) console.error('A chart could not be drawn', error);
      });
  }

  document.documentElement.addEventListener('atlas-theme-changed', () => {
    sweep();
    for (const chart of [...live]) {
      const el = chart.getDom();
      chart.dispose();
      live.delete(chart);
      apply(create(el), el.__atlasOption);
    }
  });

  return { render, sweep };
})();

// The buttons of a chart card, which work in the browser alone.
window.atlasCards = window.atlasCards || {
  // Shows or hides the card's table and says what a second press would do.
  toggleTable(button) {
    const table = button.closest('section').querySelector('.atlas-chart-table');
    if (!table) return;
    const hidden = table.classList.toggle('atlas-visually-hidden');
    button.textContent = hidden ? button.dataset.show : button.dataset.hide;
    button.setAttribute('aria-expanded', String(!hidden));
  },
  // Fetches the card's CSV, whose address the card's element carries, as a download.
  download(button) {
    const link = document.createElement('a');
    link.href = button.closest('section').getAttribute('data-csv');
    link.download = '';
    link.click();
  }
};

// Flags in lists are img elements with their address in data-src: they are fetched as they come near the
// screen, two at a time, instead of a burst of requests (each wanting a connection of its own) with the page.
window.atlasFlags = window.atlasFlags || (function () {
  const waiting = [];
  let loading = 0;
  const next = () => {
    while (loading < 2 && waiting.length) {
      const img = waiting.shift();
      if (!img.isConnected || !img.dataset.src) continue;
      loading++;
      const done = () => {
        img.removeEventListener('load', done);
        img.removeEventListener('error', done);
        loading--;
        next();
      };
      img.addEventListener('load', done);
      img.addEventListener('error', done);
      img.src = img.dataset.src;
      img.removeAttribute('data-src');
    }
  };
  const seen = new IntersectionObserver(entries => {
    for (const entry of entries) {
      if (entry.isIntersecting) {
        seen.unobserve(entry.target);
        waiting.push(entry.target);
      }
    }
    next();
  }, { rootMargin: '200px' });
  const watch = root => {
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    if (root.matches('img[data-src]')) seen.observe(root);
    root.querySelectorAll('img[data-src]').forEach(img => seen.observe(img));
  };
  new MutationObserver(changes => changes.forEach(change => change.addedNodes.forEach(watch)))
    .observe(document.body, { childList: true, subtree: true });
  watch(document.body);
  return { watch };
})();
