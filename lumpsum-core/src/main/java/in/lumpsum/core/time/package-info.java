/**
 * API: dates and clocks. The only zone is {@code Asia/Kolkata}; time always comes from an injected
 * {@link java.time.Clock}.
 */
package in.lumpsum.core.time;
