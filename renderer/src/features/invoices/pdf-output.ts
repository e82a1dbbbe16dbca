/** Prints a PDF: Electron's print dialog in the desktop app, else a new browser tab (a download if popups are blocked). */
export async function printPdf(bytes: Uint8Array, title: string): Promise<void> {
  if (window.orderDesk) {
    await window.orderDesk.printPdf(bytes, title);
    return;
  }
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }));
  // A long render (bulk print) outlives the click's user activation and the popup gets blocked.
  if (!window.open(url, '_blank')) {
    URL.revokeObjectURL(url);
    await savePdf(bytes, `${title.replace(/[^\w.-]+/g, '-')}.pdf`);
    return;
  }
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves a PDF: a save dialog in the desktop app, else a browser download. */
export async function savePdf(bytes: Uint8Array, fileName: string): Promise<void> {
  if (window.orderDesk) {
    await window.orderDesk.savePdf(bytes, fileName);
    return;
  }
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
