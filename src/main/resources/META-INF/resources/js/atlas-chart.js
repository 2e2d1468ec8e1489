// Draws Apache ECharts charts for the server-side EChart component: follows the light/dark theme,
// resizes with its element, forwards clicks to the server and disposes of charts whose element is gone.
window.atlasCharts = window.atlasCharts || (function () {
  const live = new Set();
  const isDark = () => (document.documentElement.getAttribute('theme') || '').includes('dark');

  function sweep() {
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

  // host is the server-side component's element (it receives clicks); el is the element the chart draws in.
  async function render(host, el, optionJson, mapName, mapUrl) {
    sweep();
    el.__atlasServer = host;
    if (mapName && !echarts.getMap(mapName)) {
      const response = await fetch(mapUrl);
      echarts.registerMap(mapName, await response.json());
    }
    el.__atlasOption = JSON.parse(optionJson);
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
