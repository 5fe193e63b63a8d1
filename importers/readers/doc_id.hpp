#pragma once
// Document identity helpers: readable slugs, and ids derived from URLs so that the same URL always
// names the same document (a re-saved page or a feed item seen again updates it).
#include <string>
#include <string_view>

namespace causeline::importers {

/// Lower-case ASCII letters and digits, other runs as one '-', trimmed; at most `max` bytes.
std::string slug(std::string_view s, size_t max = 60);

/// True for absolute http(s) URLs.
bool is_web_url(std::string_view s) noexcept;

/// A URL without its fragment, default port or trailing slash, with the scheme and host in lower
/// case.
std::string normalize_url(std::string_view url);

/// "example-org-2025-04-h20-rules-1a2b3c4d": the slug of host and path plus 8 hex digits of the
/// SHA-256 of the normalized URL (so different URLs never share an id).
std::string id_from_url(std::string_view url);

}  // namespace causeline::importers
