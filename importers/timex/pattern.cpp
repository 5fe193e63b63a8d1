#include "importers/timex/pattern.hpp"

#include <memory>

#include "importers/timex/tokenizer.hpp"

namespace causeline::timex {
namespace {

constexpr size_t kMaxExpansions = 4096;
constexpr size_t kMaxSlots = 8;
constexpr size_t kMaxElements = 40;

// A pattern element before expansion; markers for span brackets and negative context.
struct PElem {
  enum class Kind : std::uint8_t { elem, span_open, span_close };
  Kind kind = Kind::elem;
  Element elem;
  bool neg = false;
};
using Seq = std::vector<PElem>;

class Parser {
 public:
  Parser(std::string_view src, Pack& pack, std::vector<std::string>& slots)
      : src_(src), pack_(pack), slots_(slots) {}

  Result<std::vector<Seq>> parse_all() {
    auto r = parse_alt();
    if (!r)
      return r;
    skip_space();
    if (pos_ < src_.size())
      return Error{"unexpected '" + std::string(1, src_[pos_]) + "'"};
    return r;
  }

 private:
  void skip_space() {
    while (pos_ < src_.size() && (src_[pos_] == ' ' || src_[pos_] == '\t')) ++pos_;
  }
  bool at(char c) {
    skip_space();
    return pos_ < src_.size() && src_[pos_] == c;
  }
  bool optional_mark() {
    if (pos_ < src_.size() && src_[pos_] == '?') {
      ++pos_;
      return true;
    }
    return false;
  }

  static Result<std::vector<Seq>> product(std::vector<Seq> a, const std::vector<Seq>& b) {
    std::vector<Seq> out;
    if (a.size() * b.size() > kMaxExpansions)
      return Error{"pattern expands to too many sequences"};
    for (const Seq& x : a) {
      for (const Seq& y : b) {
        Seq s = x;
        s.insert(s.end(), y.begin(), y.end());
        out.push_back(std::move(s));
      }
    }
    return out;
  }

  // alt := seq ('|' seq)*
  Result<std::vector<Seq>> parse_alt() {
    std::vector<Seq> all;
    while (true) {
      auto s = parse_seq();
      if (!s)
        return s;
      for (auto& x : *s) all.push_back(std::move(x));
      if (all.size() > kMaxExpansions)
        return Error{"pattern expands to too many sequences"};
      if (!at('|'))
        break;
      ++pos_;
    }
    return all;
  }

  Result<std::vector<Seq>> parse_seq() {
    std::vector<Seq> acc{Seq{}};
    while (true) {
      skip_space();
      if (pos_ >= src_.size() || src_[pos_] == '|' || src_[pos_] == ')')
        return acc;
      auto item = parse_item();
      if (!item)
        return item;
      auto next = product(std::move(acc), *item);
      if (!next)
        return next;
      acc = std::move(*next);
    }
  }

  Result<std::vector<Seq>> parse_item() {
    char c = src_[pos_];
    if (c == '[' || c == ']') {
      ++pos_;
      PElem m;
      m.kind = c == '[' ? PElem::Kind::span_open : PElem::Kind::span_close;
      return std::vector<Seq>{Seq{m}};
    }
    if (c == '(') {
      ++pos_;
      auto inner = parse_alt();
      if (!inner)
        return inner;
      if (!at(')'))
        return Error{"missing ')'"};
      ++pos_;
      if (optional_mark())
        inner->push_back(Seq{});
      return inner;
    }
    bool neg = false;
    if (c == '!') {
      neg = true;
      ++pos_;
    }
    auto atom = parse_atom();
    if (!atom)
      return Error{atom.error()};
    for (PElem& e : *atom) e.neg = neg;
    std::vector<Seq> out{std::move(*atom)};
    if (optional_mark()) {
      if (neg)
        return Error{"a negative element cannot be optional"};
      out.push_back(Seq{});
    }
    return out;
  }

  Result<Seq> parse_atom() {
    size_t start = pos_;
    auto stop = [&](char ch) {
      return ch == ' ' || ch == '\t' || ch == '(' || ch == ')' || ch == '|' || ch == '[' ||
             ch == ']';
    };
    std::string word;
    while (pos_ < src_.size() && !stop(src_[pos_])) {
      char ch = src_[pos_];
      if (ch == '\\' && pos_ + 1 < src_.size()) {
        word += src_[pos_ + 1];
        pos_ += 2;
        continue;
      }
      if (ch == '?')
        break;
      word += ch;
      ++pos_;
    }
    if (word.empty())
      return Error{"empty element"};
    if ((word[0] == '<' || word[0] == '#') && src_[start] != '\\')
      return parse_class(word);
    Seq out;
    for (const std::string& t : folded_tokens(word)) {
      PElem e;
      e.elem.kind = Element::Kind::literal;
      e.elem.id = pack_.vocab.intern(t);
      out.push_back(e);
    }
    if (out.empty())
      return Error{"literal '" + word + "' has no token"};
    return out;
  }

  Result<Seq> parse_class(const std::string& word) {
    std::string name;
    std::string slot;
    if (word[0] == '<') {
      size_t close = word.find('>');
      if (close == std::string::npos)
        return Error{"missing '>' in " + word};
      name = word.substr(1, close - 1);
      std::string rest = word.substr(close + 1);
      if (!rest.empty() && rest[0] != ':')
        return Error{"unexpected text after " + word};
      slot = rest.empty() ? name : rest.substr(1);
    } else {
      size_t colon = word.find(':');
      name = word.substr(1, colon == std::string::npos ? std::string::npos : colon - 1);
      slot = colon == std::string::npos ? name : word.substr(colon + 1);
      bool found = false;
      for (std::string_view b : kBuiltinNames) found = found || b == name;
      if (!found)
        return Error{"unknown built-in class #" + name};
    }
    std::int32_t id = pack_.class_id(word[0] == '#' ? "#" + name : name);
    if (id < 0)
      return Error{"unknown class <" + name + "> (no lexicon/" + name + ".tsv)"};
    if (slot.empty())
      return Error{"empty capture name in " + word};
    PElem e;
    e.elem.kind = Element::Kind::cls;
    e.elem.id = id;
    size_t s = 0;
    while (s < slots_.size() && slots_[s] != slot) ++s;
    if (s == slots_.size()) {
      if (slots_.size() >= kMaxSlots)
        return Error{"too many captures (max 8)"};
      slots_.push_back(slot);
    }
    e.elem.slot = static_cast<std::int8_t>(s);
    return Seq{e};
  }

  std::string_view src_;
  size_t pos_ = 0;
  Pack& pack_;
  std::vector<std::string>& slots_;
};

Result<Sequence> linearize(const Seq& s, std::int32_t rule) {
  Sequence out;
  out.rule = rule;
  int open = -1;
  int close = -1;
  size_t lead = 0;
  while (lead < s.size() && s[lead].neg) ++lead;
  size_t trail = s.size();
  while (trail > lead && s[trail - 1].neg) --trail;
  for (size_t i = 0; i < s.size(); ++i) {
    const PElem& p = s[i];
    if (p.kind == PElem::Kind::span_open) {
      if (open >= 0)
        return Error{"two '[' in one pattern"};
      open = static_cast<int>(out.elems.size());
    } else if (p.kind == PElem::Kind::span_close) {
      if (close >= 0)
        return Error{"two ']' in one pattern"};
      close = static_cast<int>(out.elems.size());
    } else if (p.neg) {
      if (i < lead) {
        out.neg_before.push_back(p.elem);
      } else if (i >= trail) {
        out.neg_after.push_back(p.elem);
      } else {
        return Error{"a negative element must come first or last"};
      }
    } else {
      out.elems.push_back(p.elem);
    }
  }
  if (out.elems.empty())
    return Error{"pattern can match nothing"};
  if (out.elems.size() > kMaxElements)
    return Error{"pattern too long"};
  if ((open < 0) != (close < 0))
    return Error{"unbalanced '[' ']'"};
  out.span_begin = static_cast<std::uint8_t>(open < 0 ? 0 : open);
  out.span_end = static_cast<std::uint8_t>(close < 0 ? out.elems.size() : close);
  if (out.span_end <= out.span_begin)
    return Error{"empty span '[ ]'"};
  return out;
}

}  // namespace

Result<std::vector<Sequence>> compile_pattern(std::string_view pattern, std::int32_t rule,
                                              Pack& pack, std::vector<std::string>& slots) {
  Parser parser(pattern, pack, slots);
  auto seqs = parser.parse_all();
  if (!seqs)
    return Error{seqs.error()};
  std::vector<Sequence> out;
  for (const Seq& s : *seqs) {
    auto lin = linearize(s, rule);
    if (!lin)
      return Error{lin.error()};
    out.push_back(std::move(*lin));
  }
  return out;
}

}  // namespace causeline::timex
