/**
 * API: JSON for every public lumpsum model through one {@link in.lumpsum.core.json.JsonCodec}, so that
 * no JSON library's type appears in lumpsum's API. The codec and the JSON format it writes are
 * described in {@link in.lumpsum.core.json.JsonCodec}; its errors are
 * {@link in.lumpsum.core.json.JsonCodecException}s.
 */
package in.lumpsum.core.json;
