/** The widths designers preview in Storybook's toolbar, and that test/e2e/storybook.test.ts checks every story at. */
export const VIEWPORTS = {
  phone: { name: 'Phone (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
  tablet: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
} as const;
