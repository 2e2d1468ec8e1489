// The parts of a page that the browser runs alone, loaded once and cached rather than sent with every page:
// the colour scheme and language buttons of the frame, and the records grid's columns and data provider.
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
