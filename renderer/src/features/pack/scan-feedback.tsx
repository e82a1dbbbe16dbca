import { useEffect } from 'react';
import { displayGtin, normalizeGtin } from '../../../../shared/domain/exceptions/gtin';
import type { PackState, ScanFeedback } from './pack-state';

/** The sentence a packer reads after a scan. */
export function feedbackText(feedback: ScanFeedback): string {
  const shown = normalizeGtin(feedback.code);
  const code = shown.ok ? displayGtin(shown.gtin14) : feedback.code;
  switch (feedback.kind) {
    case 'packed':
      return `✓ ${feedback.name} — ${feedback.packed} of ${feedback.remaining} packed`;
    case 'over_scan':
      return `✗ Too many: ${feedback.name} needs only ${feedback.remaining}. Take the extra unit out of the box.`;
    case 'wrong_item':
      return `✗ Wrong item: ${feedback.productName ?? 'unknown product'} (${code}) is not in this order. Put it back.`;
    case 'invalid':
      return `✗ Not a valid barcode “${feedback.code}”: ${feedback.message}`;
  }
}

function beep(ok: boolean): void {
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    tone.frequency.value = ok ? 880 : 220;
    tone.connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + (ok ? 0.08 : 0.3));
    tone.onended = () => void audio.close();
  } catch {
    // No audio device (or blocked): the colour flash still tells the packer.
  }
}

/** Green or red banner for the latest scan, flashing anew on every scan, with a short beep. */
export function ScanFeedbackBanner({ last }: { last: PackState['last'] }) {
  useEffect(() => {
    if (last) beep(last.kind === 'packed');
  }, [last]);
  if (!last) return <p className="scan-feedback idle">Scan an item’s barcode to pack it.</p>;
  const ok = last.kind === 'packed';
  return (
    <p
      key={last.seq}
      className={`scan-feedback ${ok ? 'ok' : 'bad'}`}
      role={ok ? 'status' : 'alert'}
      data-testid="scan-feedback"
      data-kind={last.kind}
    >
      {feedbackText(last)}
    </p>
  );
}
