#pragma once
// Sentence splitting over tokens: sentence-final punctuation followed by a plausible sentence
// start, line breaks that are not mere wrapping, and list bullets. Abbreviations come from the
// language pack.
#include <string>
#include <string_view>
#include <vector>

#include "importers/extract/tokenizer.hpp"
#include "importers/extract/word_set.hpp"

namespace causeline::extract {

struct Sentence {
  size_t first = 0, last = 0;  // token index range [first, last)
  size_t begin = 0, end = 0;   // byte span in the document text
};

/// Splits tokens into sentences. `abbreviations` holds folded forms without the final period
/// ("mr", "corp"); leading list bullets are left out of the sentence.
std::vector<Sentence> split_sentences(const std::vector<Token>& tokens,
                                      const WordSet& abbreviations);

/// True for tokens that act as list bullets at the start of a line ("•", "📌", "-", "*").
bool is_bullet(const Token& t) noexcept;

}  // namespace causeline::extract
