/** Printer settings, the print queue and print buttons. */
const printing = {
  settings: {
    title: 'Printers',
    intro:
      'Settings of this workstation: which printer each document goes to, with or without the print dialog.',
    browserNote:
      'In the browser, documents download as PDF files; printer choice applies in the desktop app.',
    document: 'Document',
    printer: 'Printer',
    systemDefault: 'System default printer',
    silent: 'Print without dialog',
    copies: 'Copies',
    copiesRange: 'Enter a whole number of copies from 1 to 20.',
    onPackComplete: 'Print when a pack is shipped',
    save: 'Save printer settings',
    saved: 'Printer settings saved.',
    notApplicable: '—',
  },
  kind: {
    invoice: 'Invoice',
    packing_slip: 'Packing slip',
    pick_list: 'Pick list',
    command_sheet: 'Command barcode sheet',
  },
  queue: {
    title: 'Print queue',
    empty: 'Nothing printed yet on this workstation.',
    document: 'Document',
    status: 'Status',
    attempts: 'Attempts',
    retry: 'Retry',
    remove: 'Remove',
    status_pending: 'Waiting',
    status_printing: 'Printing…',
    status_done: 'Printed',
    status_failed: 'Failed',
  },
  actions: {
    commandSheet: 'Print command barcodes',
    pickList: 'Print pick list',
    packingSlip: 'Print packing slip',
  },
  titles: {
    packingSlip: 'Packing slip #{{number}}',
    invoice: 'Invoice for order #{{number}}',
    pickList_one: 'Pick list ({{count}} order)',
    pickList_other: 'Pick list ({{count}} orders)',
    commandSheet: 'Command barcodes',
  },
};
export default printing;

declare module '../../namespaces' {
  interface Namespaces {
    printing: typeof printing;
  }
}
