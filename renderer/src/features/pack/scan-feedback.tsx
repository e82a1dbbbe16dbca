import { useEffect } from 'react';
import { displayGtin, normalizeGtin } from '../../../../shared/domain/exceptions/gtin';
import type { TFunction } from 'i18next';
import { useT } from '../../i18n/use-t';
import type { PackState, ScanFeedback } from './pack-state';

/** The sentence a packer reads after a scan. */
export function feedbackText(feedback: ScanFeedback, t: TFunction<'pack'>): string {
  const shown = normalizeGtin(feedback.code);
  const code = shown.ok ? displayGtin(shown.gtin14) : feedback.code;
  switch (feedback.kind) {
    case 'packed':
      return t('feedback.packed', feedback);
    case 'over_scan':
      return t('feedback.over_scan', feedback);
    case 'wrong_item':
      return t('feedback.wrong_item', { name: feedback.productName ?? t('feedback.unknownProduct'), code });
    case 'invalid':
      return t('feedback.invalid', { code: feedback.code, reason: t(`feedback.reason.${feedback.reason}`) });
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
  const t = useT('pack');
  useEffect(() => {
    if (last) beep(last.kind === 'packed');
  }, [last]);
  if (!last) return <p className="scan-feedback idle">{t('feedback.idle')}</p>;
  const ok = last.kind === 'packed';
  return (
    <p
      key={last.seq}
      className={`scan-feedback ${ok ? 'ok' : 'bad'}`}
      role={ok ? 'status' : 'alert'}
      data-testid="scan-feedback"
      data-kind={last.kind}
    >
      {feedbackText(last, t)}
    </p>
  );
}
