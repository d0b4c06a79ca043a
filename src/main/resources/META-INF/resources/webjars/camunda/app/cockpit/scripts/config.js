// The product's Cockpit configuration: the managers' dashboard (监管看板, capacity-exit/dashboard.js)
// on Cockpit's start page and as a page of its own; Chinese first (locales/zh.json), English as the
// fallback for everything the managers' path does not show. Otherwise Camunda's defaults.
export default {
  // The application's name in the header, in Chinese (the vendor is the product's).
  app: {
    name: '监控台',
    vendor: '落后产能退出工作平台'
  },
  customScripts: ['capacity-exit/dashboard.js'],
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'YYYY-MM-DD HH:mm:ss'
  }
};
