/**
 * Internal: implementation details of lumpsum-core. Not an API; may change in any release.
 */
package in.lumpsum.core.internal;
