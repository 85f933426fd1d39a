/**
 * API: an investor's financial {@link in.lumpsum.core.goal.Goal goals}: a target amount in today's
 * rupees by a date, the inflation to allow for, a {@link in.lumpsum.core.goal.GoalPriority priority},
 * and the holdings set aside for it.
 */
package in.lumpsum.core.goal;
