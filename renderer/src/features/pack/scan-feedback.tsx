import { Fragment, useEffect, type ReactNode } from 'react';
import { displayGtin, normalizeGtin } from '../../../../shared/domain/exceptions/gtin';
import type { TFunction } from 'i18next';
import { useT } from '../../i18n/use-t';
import type { PackState, ScanFeedback } from './pack-state';

/** The answer to a command barcode (NEXT, SHIP, CANCEL): shown in the scan banner's place. */
interface CommandNotice {
  text: string;
  ok: boolean;
}

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

interface Banner {
  key: string;
  ok: boolean;
  node: ReactNode;
}

function bannerOf(
  last: PackState['last'],
  notice: CommandNotice | undefined,
  t: TFunction<'pack'>,
): Banner | null {
  if (notice)
    return {
      key: `notice-${notice.text}`,
      ok: notice.ok,
      node: (
        <p className={`scan-feedback ${notice.ok ? 'ok' : 'bad'}`} data-testid="command-notice">
          {notice.text}
        </p>
      ),
    };
  if (!last) return null;
  const ok = last.kind === 'packed';
  return {
    key: `scan-${last.seq}`,
    ok,
    node: (
      <p className={`scan-feedback ${ok ? 'ok' : 'bad'}`} data-testid="scan-feedback" data-kind={last.kind}>
        {feedbackText(last, t)}
      </p>
    ),
  };
}

/**
 * Green or red banner for the latest scan or command, flashing anew on every scan, with a short beep.
 * It is rendered inside two live regions that are always in the page, so a screen reader hears every
 * result: a packed item politely, a wrong item, over-scan or refused command at once (role=alert).
 */
export function ScanFeedbackBanner({
  last,
  notice,
}: {
  last: PackState['last'];
  notice: CommandNotice | undefined;
}) {
  const t = useT('pack');
  useEffect(() => {
    if (last) beep(last.kind === 'packed');
  }, [last]);
  const banner = bannerOf(last, notice, t);
  return (
    <div className="scan-announcements">
      <div role="status" aria-live="polite" aria-atomic="true">
        {banner?.ok && <Fragment key={banner.key}>{banner.node}</Fragment>}
      </div>
      <div role="alert" aria-live="assertive" aria-atomic="true">
        {banner && !banner.ok && <Fragment key={banner.key}>{banner.node}</Fragment>}
      </div>
      {!banner && <p className="scan-feedback idle">{t('feedback.idle')}</p>}
    </div>
  );
}
