/**
 * API: dates and clocks. The only zone is {@code Asia/Kolkata}; time always comes from an injected
 * {@link java.time.Clock}. {@link in.lumpsum.core.time.BusinessCalendar} tells business days from
 * holidays, learned from a reference series or given as dates.
 */
package in.lumpsum.core.time;
