#pragma once
// Text folding for lexicon lookups: Unicode case folding, accents stripped, typographic apostrophes
// unified, so "Perché", "PERCHE" and "perche" meet the same lexicon entry.
#include <string>
#include <string_view>

namespace causeline::extract {

/// Case-folded, accent-stripped form of s (NFD + casefold + strip marks); ’ ʼ ` become '.
/// Invalid UTF-8 is returned lower-cased byte by byte.
std::string fold(std::string_view s);

/// Unicode character class of the code point starting at s[i], as seen by the tokenizer.
enum class CharClass : unsigned char { letter, digit, space, apostrophe, hyphen, other };

/// Decodes one code point at s[i]; sets len to its byte length (1 for invalid bytes).
CharClass char_class(std::string_view s, size_t i, size_t& len, bool& upper) noexcept;

}  // namespace causeline::extract
