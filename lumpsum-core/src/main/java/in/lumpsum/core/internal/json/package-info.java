/**
 * Internal: the Jackson implementation behind {@link in.lumpsum.core.json.JsonCodec}. Not an API; may
 * change in any release. Jackson types appear only here.
 *
 * <p>Nothing here is registered per model type. {@link in.lumpsum.core.internal.json.LumpsumModule}
 * maps every type in the {@code in.lumpsum} packages by convention: single-value records as scalars
 * ({@code ScalarRecord}), Immutables-style types through their builder ({@code BuiltValue}), sealed
 * hierarchies with a {@code "type"} discriminator ({@code SealedTypes}), and {@code Optional} as a
 * reference type that is omitted when empty.
 */
package in.lumpsum.core.internal.json;
