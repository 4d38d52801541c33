/**
 * The one clock the widgets read: the default `period` (the last complete month), relative periods
 * (`this-month`, `ytd`) and the age of fetched data. Tests replace `now` to hold the date still.
 */
export const clock = {
  now: (): number => Date.now(),
};
