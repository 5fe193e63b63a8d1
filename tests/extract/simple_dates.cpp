#include "tests/extract/simple_dates.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <map>

#include "importers/extract/fold.hpp"

using causeline::TimeValue;
using causeline::timex::Timex;

namespace test_support {
namespace {

const std::map<std::string, int>& months() {
  static const std::map<std::string, int> m = {
      {"january", 1},   {"february", 2},   {"march", 3},     {"april", 4},      {"may", 5},
      {"june", 6},      {"july", 7},       {"august", 8},    {"september", 9},  {"october", 10},
      {"november", 11}, {"december", 12},  {"gennaio", 1},   {"febbraio", 2},   {"marzo", 3},
      {"aprile", 4},    {"maggio", 5},     {"giugno", 6},    {"luglio", 7},     {"agosto", 8},
      {"settembre", 9}, {"ottobre", 10},   {"novembre", 11}, {"dicembre", 12},  {"janvier", 1},
      {"fevrier", 2},   {"mars", 3},       {"avril", 4},     {"mai", 5},        {"juin", 6},
      {"juillet", 7},   {"aout", 8},       {"septembre", 9}, {"octobre", 10},   {"decembre", 12},
      {"enero", 1},     {"febrero", 2},    {"abril", 4},     {"mayo", 5},       {"junio", 6},
      {"julio", 7},     {"septiembre", 9}, {"octubre", 10},  {"noviembre", 11}, {"diciembre", 12},
      {"januar", 1},    {"februar", 2},    {"marz", 3},      {"juni", 6},       {"juli", 7},
      {"oktober", 10},  {"dezember", 12},  {"janeiro", 1},   {"fevereiro", 2},  {"marco", 3},
      {"maio", 5},      {"junho", 6},      {"julho", 7},     {"setembro", 9},   {"outubro", 10},
      {"novembro", 11}, {"dezembro", 12},
  };
  return m;
}

std::string two(int v) {
  std::string s = v < 10 ? "0" : "";
  return s += std::to_string(v);
}

}  // namespace

std::vector<Timex> simple_dates(std::string_view text, std::string_view /*lang*/) {
  static const RE2 iso(R"((\d{4})-(\d{2})-(\d{2}))");
  static const RE2 dmy(R"((\d{1,2})(?:er|º)? (?:de )?(\pL+)(?: de)? (\d{4}))");
  static const RE2 mdy(R"((\pL+) (\d{1,2}), (\d{4}))");
  static const RE2 my(R"((\pL+) (?:de |of )?(\d{4}))");
  static const RE2 y(R"(\b((?:19|20)\d{2})\b)");
  std::vector<Timex> out;
  std::vector<std::pair<size_t, size_t>> taken;
  auto free_span = [&](size_t b, size_t e) {
    for (auto [x, z] : taken) {
      if (b < z && x < e)
        return false;
    }
    return true;
  };
  auto add = [&](size_t b, size_t e, const std::string& value) {
    if (!free_span(b, e))
      return;
    TimeValue v = TimeValue::parse(value);
    if (!v.ok())
      return;
    taken.emplace_back(b, e);
    out.push_back(Timex{b, e, "DATE", v, "test"});
  };
  auto scan = [&](const RE2& re, int groups, auto handle) {
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece m[4];
    size_t pos = 0;
    while (pos < text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, m, groups + 1)) {
      size_t b = static_cast<size_t>(m[0].data() - text.data());
      size_t e = b + m[0].size();
      handle(b, e, m);
      pos = e > pos ? e : pos + 1;
    }
  };
  scan(iso, 3, [&](size_t b, size_t e, re2::StringPiece* m) {
    add(b, e, std::string(m[1]) + "-" + std::string(m[2]) + "-" + std::string(m[3]));
  });
  scan(dmy, 3, [&](size_t b, size_t e, re2::StringPiece* m) {
    auto it = months().find(causeline::extract::fold(std::string(m[2])));
    if (it == months().end())
      return;
    add(b, e, std::string(m[3]) + "-" + two(it->second) + "-" + two(std::stoi(std::string(m[1]))));
  });
  scan(mdy, 3, [&](size_t b, size_t e, re2::StringPiece* m) {
    auto it = months().find(causeline::extract::fold(std::string(m[1])));
    if (it == months().end())
      return;
    add(b, e, std::string(m[3]) + "-" + two(it->second) + "-" + two(std::stoi(std::string(m[2]))));
  });
  scan(my, 2, [&](size_t b, size_t e, re2::StringPiece* m) {
    auto it = months().find(causeline::extract::fold(std::string(m[1])));
    if (it == months().end())
      return;
    add(b, e, std::string(m[2]) + "-" + two(it->second));
  });
  scan(y, 1, [&](size_t b, size_t e, re2::StringPiece* m) { add(b, e, std::string(m[1])); });
  std::sort(out.begin(), out.end(),
            [](const Timex& a, const Timex& b) { return a.begin < b.begin; });
  return out;
}

std::string guess_lang(std::string_view text) {
  const std::string folded = causeline::extract::fold(text);
  static const std::vector<std::pair<std::string, std::vector<std::string>>> words = {
      {"en", {" the ", " and ", " of ", " to ", " is "}},
      {"it", {" il ", " della ", " che ", " di ", " sono "}},
      {"fr", {" les ", " des ", " est ", " et ", " une "}},
      {"es", {" los ", " las ", " del ", " que ", " y "}},
      {"de", {" der ", " die ", " und ", " das ", " ist "}},
      {"pt", {" os ", " não ", " do ", " da ", " que "}},
  };
  std::string best = "en";
  size_t best_n = 0;
  for (const auto& [code, ws] : words) {
    size_t n = 0;
    for (const auto& w : ws) {
      for (size_t p = folded.find(w); p != std::string::npos; p = folded.find(w, p + 1)) ++n;
    }
    if (n > best_n) {
      best_n = n;
      best = code;
    }
  }
  return best;
}

}  // namespace test_support
