/**
 * A small bar beside a number, as long as the number's share of the row's largest. The number
 * itself stays as text next to it; the bar only repeats it for the eye, so it is hidden from
 * assistive technology.
 */
export function FigureBar({ share }: { share: number }) {
  const width = Math.max(0, Math.min(100, share * 100));
  return (
    <svg className="figure-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="figure-bar__track" x="0" y="0" width="100" height="6" rx="3" />
      <rect className="figure-bar__fill" x="0" y="0" width={width} height="6" rx="3" />
    </svg>
  );
}
