/**
 * Test kit: the contract tests of the store SPIs, shipped in lumpsum-core's test-jar
 * ({@code in.lumpsum:lumpsum-core:tests}). Every adapter extends each contract for the stores it
 * implements, supplies a fresh empty store from the factory method, and passes it.
 */
package in.lumpsum.core.store.tck;
