// placeholder replaced below
export function demoApiPlugin() { return { name: 'news-demo-api' }; }
