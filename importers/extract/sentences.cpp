#include "importers/extract/sentences.hpp"

namespace causeline::extract {
namespace {

bool is_final(const Token& t) {
  return t.kind == TokenKind::punct &&
         (t.norm == "." || t.norm == "!" || t.norm == "?" || t.norm == "…");
}

bool is_closer(const Token& t) {
  return t.kind == TokenKind::punct &&
         (t.norm == "\"" || t.norm == "”" || t.norm == "»" || t.norm == ")" || t.norm == "]" ||
          t.norm == "'" || t.norm == "’");
}

bool is_opener(const Token& t) {
  return t.kind == TokenKind::punct &&
         (t.norm == "\"" || t.norm == "“" || t.norm == "«" || t.norm == "(" || t.norm == "[" ||
          t.norm == "¿" || t.norm == "¡" || is_bullet(t));
}

bool starts_sentence(const Token& t) {
  return t.capitalized || t.kind == TokenKind::number || is_opener(t);
}

}  // namespace

bool is_bullet(const Token& t) noexcept {
  if (t.kind != TokenKind::punct)
    return false;
  const std::string& n = t.norm;
  return n == "•" || n == "▪" || n == "◦" || n == "●" || n == "-" || n == "*" || n == "–" ||
         n == "—" || n == "📌" || n == "►" || n == "➤" || n == "·";
}

std::vector<Sentence> split_sentences(const std::vector<Token>& tokens,
                                      const WordSet& abbreviations) {
  std::vector<Sentence> out;
  const size_t n = tokens.size();
  size_t start = 0;
  auto emit = [&](size_t first, size_t last) {
    // Skip leading bullets and stray punctuation that cannot start a sentence.
    while (first < last && tokens[first].kind == TokenKind::punct && !is_opener(tokens[first])) {
      ++first;
    }
    while (first < last && is_bullet(tokens[first])) ++first;
    if (first >= last)
      return;
    bool has_word = false;
    for (size_t k = first; k < last && !has_word; ++k) {
      has_word = tokens[k].kind != TokenKind::punct;
    }
    if (!has_word)
      return;
    out.push_back({first, last, tokens[first].begin, tokens[last - 1].end});
  };
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    // Line breaks.
    if (i > start && t.newlines_before > 0) {
      const Token& prev = tokens[i - 1];
      bool wrapped = t.newlines_before == 1 && !t.capitalized && !is_bullet(t) &&
                     t.kind == TokenKind::word &&
                     (prev.kind != TokenKind::punct || prev.norm == ",");
      if (!wrapped) {
        emit(start, i);
        start = i;
      }
    }
    if (!is_final(t))
      continue;
    // Abbreviation or initial before the period: not a boundary.
    if (t.norm == "." && i > 0 && tokens[i - 1].end == t.begin) {
      const Token& prev = tokens[i - 1];
      if (prev.kind == TokenKind::word &&
          (abbreviations.count(prev.norm) || (prev.capitalized && prev.end - prev.begin == 1))) {
        continue;
      }
      // An ordinal ("am 3. Juli 2023", "der 2. Weltkrieg"): a one- or two-digit number inside a
      // sentence, its period attached, and a word after it on the same line.
      if (prev.kind == TokenKind::number && prev.end - prev.begin <= 2 && i >= 2 && i - 1 > start &&
          tokens[i - 2].kind == TokenKind::word && i + 1 < n &&
          tokens[i + 1].kind == TokenKind::word && tokens[i + 1].newlines_before == 0) {
        continue;
      }
    }
    size_t j = i + 1;
    while (j < n && (is_final(tokens[j]) || is_closer(tokens[j])) &&
           tokens[j].newlines_before == 0) {
      ++j;
    }
    if (j >= n || tokens[j].newlines_before > 0 || starts_sentence(tokens[j])) {
      emit(start, j);
      start = j;
      i = j - 1;
    }
  }
  emit(start, n);
  return out;
}

}  // namespace causeline::extract
