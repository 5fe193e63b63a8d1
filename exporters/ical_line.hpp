#pragma once
// RFC 5545 content lines: TEXT escaping, URI sanitising, and folding at 75 octets without ever
// splitting a UTF-8 sequence, with CRLF line ends.
#include <string>
#include <string_view>

#include "exporters/sink.hpp"

namespace causeline::exporters::ical {

/// Appends s as an RFC 5545 TEXT value: \ ; , escaped, every line break (CRLF, LF, lone CR) as \n,
/// other control characters replaced by a space, invalid UTF-8 by U+FFFD. Multi-valued properties
/// (CATEGORIES) join values escaped this way with bare commas.
void append_text(std::string& dst, std::string_view s);
/// Appends a URI with every byte outside the printable ASCII set percent-encoded.
void append_uri(std::string& dst, std::string_view s);
/// Writes one logical content line folded to at most 75 octets per physical line, ending in CRLF.
void put_folded(Sink& out, std::string_view line);

}  // namespace causeline::exporters::ical
