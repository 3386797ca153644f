/**
 * The sidebar, shared by both locales. Pages are listed by slug: Starlight
 * takes each link's label from the page title in the reader's language.
 * Group labels are translated here.
 */
export const sidebar = [
  {
    label: 'Fundamente',
    translations: { en: 'Foundations' },
    items: [{ slug: 'network-protocols' }, { slug: 'urls' }],
  },
  {
    label: 'HTTP și API-uri',
    translations: { en: 'HTTP and APIs' },
    items: [{ slug: 'request' }, { slug: 'response' }, { slug: 'crud' }, { slug: 'status-codes' }],
  },
  {
    label: 'Programare de rețea',
    translations: { en: 'Network programming' },
    items: [{ slug: 'sockets' }],
  },
];
