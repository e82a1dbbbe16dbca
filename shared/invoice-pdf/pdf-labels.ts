import type { InvoiceLanguage } from '../domain/invoicing/invoice-texts';

/** Every fixed text printed on an invoice or credit note, per language. */
export interface PdfLabels {
  invoiceTitle: string;
  creditNoteTitle: string;
  invoiceNumber: string;
  creditNoteNumber: string;
  issueDate: string;
  supplyDate: string;
  dueDate: string;
  correctsInvoice: string;
  order: string;
  billTo: string;
  vatNo: string;
  companyReg: string;
  columns: (currency: string) => [string, string, string, string, string, string, string];
  breakdown: (currency: string) => [string, string, string];
  exemptRate: { reverseCharge: string; export: string };
  totalNet: string;
  totalVat: string;
  totalDue: string;
  totalCredited: string;
  paid: string;
  amountDue: string;
  notes: string;
  payment: string;
  details: string;
  reason: string;
  paymentTerms: (days: number, dueDate: string, number: string) => string;
  paidNote: (number: string) => string;
  bankDetails: string;
  continued: string;
  page: (page: number, total: number) => string;
}

export const pdfLabels: Record<InvoiceLanguage, PdfLabels> = {
  en: {
    invoiceTitle: 'INVOICE',
    creditNoteTitle: 'CREDIT NOTE',
    invoiceNumber: 'Invoice no.',
    creditNoteNumber: 'Credit note no.',
    issueDate: 'Issue date',
    supplyDate: 'Date of supply',
    dueDate: 'Due date',
    correctsInvoice: 'Corrects invoice',
    order: 'Order',
    billTo: 'BILL TO',
    vatNo: 'VAT No.',
    companyReg: 'Company reg.',
    columns: (currency) => [
      '#',
      'Description',
      'SKU',
      'Qty',
      `Unit price excl. VAT (${currency})`,
      'VAT rate',
      `Net amount (${currency})`,
    ],
    breakdown: (currency) => ['VAT rate', `Taxable amount (${currency})`, `VAT (${currency})`],
    exemptRate: { reverseCharge: '(exempt, Art. 138)', export: '(exempt, Art. 146)' },
    totalNet: 'Total excl. VAT',
    totalVat: 'VAT',
    totalDue: 'Total due',
    totalCredited: 'Total credited',
    paid: 'Paid',
    amountDue: 'Amount due',
    notes: 'Notes',
    payment: 'Payment',
    details: 'Details',
    reason: 'Reason',
    paymentTerms: (days, dueDate, number) =>
      `Payment terms: ${days === 0 ? 'due on receipt' : `${days} days net`}, due by ${dueDate}. Please quote ${number} with your payment.`,
    paidNote: (number) => `Paid in full – thank you. Invoice ${number} needs no further payment.`,
    bankDetails: 'Bank details',
    continued: 'continued',
    page: (page, total) => `Page ${page} of ${total}`,
  },
  de: {
    invoiceTitle: 'RECHNUNG',
    creditNoteTitle: 'RECHNUNGSKORREKTUR',
    invoiceNumber: 'Rechnungsnr.',
    creditNoteNumber: 'Korrektur-Nr.',
    issueDate: 'Rechnungsdatum',
    supplyDate: 'Lieferdatum',
    dueDate: 'Fällig am',
    correctsInvoice: 'Zu Rechnung',
    order: 'Bestellung',
    billTo: 'RECHNUNGSEMPFÄNGER',
    vatNo: 'USt-IdNr.',
    companyReg: 'Handelsregister',
    columns: (currency) => [
      'Nr.',
      'Bezeichnung',
      'Art.-Nr.',
      'Menge',
      `Einzelpreis netto (${currency})`,
      'USt-Satz',
      `Betrag netto (${currency})`,
    ],
    breakdown: (currency) => ['USt-Satz', `Nettobetrag (${currency})`, `USt (${currency})`],
    exemptRate: { reverseCharge: '(steuerfrei, Art. 138)', export: '(steuerfrei, Art. 146)' },
    totalNet: 'Summe netto',
    totalVat: 'Umsatzsteuer',
    totalDue: 'Rechnungsbetrag',
    totalCredited: 'Gutgeschrieben',
    paid: 'Bereits bezahlt',
    amountDue: 'Zu zahlen',
    notes: 'Hinweise',
    payment: 'Zahlung',
    details: 'Angaben',
    reason: 'Grund',
    paymentTerms: (days, dueDate, number) =>
      `Zahlungsbedingungen: ${days === 0 ? 'sofort fällig' : `zahlbar innerhalb von ${days} Tagen ohne Abzug`}, bis ${dueDate}. Bitte geben Sie bei der Zahlung ${number} an.`,
    paidNote: (number) =>
      `Der Rechnungsbetrag wurde bereits bezahlt – vielen Dank. Rechnung ${number} ist beglichen.`,
    bankDetails: 'Bankverbindung',
    continued: 'Fortsetzung',
    page: (page, total) => `Seite ${page} von ${total}`,
  },
};
