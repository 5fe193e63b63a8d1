#pragma once
// Bytes to UTF-8: byte-order marks, charsets declared by the document (HTML <meta charset>, the XML
// declaration), conversion with iconv, and errors that name the file, line and column of a bad
// byte.
#include <filesystem>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace causeline::importers {

/// The charset named by a byte-order mark ("UTF-8", "UTF-16LE", "UTF-16BE"), or "" when none.
std::string_view bom_charset(std::string_view bytes) noexcept;

/// The encoding named in an XML declaration (`<?xml version="1.0" encoding="..."?>`), or "".
std::string xml_declared_charset(std::string_view head);

/// The charset of `<meta charset=...>` or `<meta http-equiv="Content-Type" content="...;
/// charset=...">` within the first 4 KiB of an HTML page, or "".
std::string html_declared_charset(std::string_view head);

/// The iconv name for a charset label, with the WHATWG aliases browsers use (iso-8859-1, latin1
/// and us-ascii mean windows-1252); "UTF-8" for UTF-8 labels.
std::string canonical_charset(std::string_view label);

/// Converts `bytes` to UTF-8. A byte-order mark wins over `declared`; no BOM and no declaration
/// means UTF-8. The BOM is removed. Errors read "FILE:LINE:COLUMN: invalid windows-1252 byte 0x81"
/// or "FILE: unknown charset 'x'". NUL bytes in the result are refused as binary data.
Result<std::string> to_utf8(const std::filesystem::path& path, std::string_view bytes,
                            std::string_view declared);

/// 1-based line and column (in bytes) of `offset` in `text`.
std::pair<size_t, size_t> line_column(std::string_view text, size_t offset) noexcept;

}  // namespace causeline::importers
