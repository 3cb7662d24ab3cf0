/** Minutes as an ISO 8601 duration, the form schema.org's timeRequired wants: 2 → "PT2M", 75 → "PT1H15M". */
export function isoDurationFromMinutes(minutes: number): string {
  const whole = Math.max(0, Math.round(Number(minutes) || 0));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return `PT${rest}M`;
  return rest === 0 ? `PT${hours}H` : `PT${hours}H${rest}M`;
}
