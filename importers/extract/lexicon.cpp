#include "importers/extract/lexicon.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "importers/extract/fold.hpp"

namespace causeline::extract {
namespace {

namespace fs = std::filesystem;

struct Row {
  size_t line = 0;
  std::vector<std::string> cols;
};

std::string trim(std::string_view s) {
  size_t a = 0, b = s.size();
  while (a < b && (s[a] == ' ' || s[a] == '\r' || s[a] == '\t')) ++a;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\r' || s[b - 1] == '\t')) --b;
  return std::string(s.substr(a, b - a));
}

/// Reads a tab-separated file: '#' comments and blank lines skipped, columns trimmed.
Result<std::vector<Row>> read_rows(const fs::path& path, size_t min_cols, size_t max_cols) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return Error{path.string() + ": cannot open"};
  std::vector<Row> rows;
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    std::string t = trim(line);
    if (t.empty() || t[0] == '#')
      continue;
    Row r;
    r.line = n;
    size_t a = 0;
    while (a <= line.size()) {
      size_t b = line.find('\t', a);
      if (b == std::string::npos)
        b = line.size();
      r.cols.push_back(trim(std::string_view(line).substr(a, b - a)));
      a = b + 1;
    }
    while (!r.cols.empty() && r.cols.back().empty()) r.cols.pop_back();
    if (r.cols.size() < min_cols || r.cols.size() > max_cols) {
      std::ostringstream msg;
      msg << path.string() << ":" << n << ": expected " << min_cols;
      if (max_cols != min_cols)
        msg << " to " << max_cols;
      msg << " tab-separated columns, found " << r.cols.size();
      return Error{msg.str()};
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

Error bad(const fs::path& path, size_t line, const std::string& what) {
  return Error{path.string() + ":" + std::to_string(line) + ": " + what};
}

/// Expands base prepositions in a cue pattern into their articulated alternatives.
std::string expand_contractions(
    const std::string& pattern,
    const std::unordered_map<std::string, std::vector<std::string>>& c) {
  if (c.empty())
    return pattern;
  std::istringstream in(fold(pattern));
  std::string word, out;
  while (in >> word) {
    if (!out.empty())
      out += ' ';
    out += word;
    if (auto it = c.find(word); it != c.end()) {
      for (const auto& f : it->second) out += "|" + f;
    }
  }
  return out;
}

Result<bool> load_words(const fs::path& path, WordSet& out) {
  if (!fs::exists(path))
    return true;
  auto rows = read_rows(path, 1, 1);
  if (!rows)
    return rows.error();
  for (const auto& r : *rows) out.insert(fold(r.cols[0]));
  return true;
}

}  // namespace

Result<LangPack> load_pack(const fs::path& dir, const std::string& code,
                           PhraseSet<ParticipantEntry>& participants) {
  LangPack pack;
  pack.code = code;
  for (const char* required : {"triggers.tsv", "cues.tsv"}) {
    if (!fs::exists(dir / required))
      return Error{(dir / required).string() + ": missing"};
  }
  if (auto p = dir / "contractions.tsv"; fs::exists(p)) {
    auto rows = read_rows(p, 2, 2);
    if (!rows)
      return rows.error();
    for (const auto& r : *rows) {
      std::istringstream forms(fold(r.cols[1]));
      std::string f;
      auto& v = pack.contractions[fold(r.cols[0])];
      while (forms >> f) v.push_back(f);
    }
  }
  auto load_triggers = [&](const fs::path& p, PhraseSet<TriggerEntry>& into) -> Result<bool> {
    auto rows = read_rows(p, 3, 4);
    if (!rows)
      return rows.error();
    for (const auto& r : *rows) {
      TriggerEntry e;
      e.type = r.cols[1];
      const EventType* et = find_event_type(e.type);
      if (!et)
        return bad(p, r.line, "unknown event type '" + e.type + "' (see core/taxonomy.tsv)");
      e.cls = et->cls;
      if (r.cols[2] != "verb" && r.cols[2] != "noun" && r.cols[2] != "adj") {
        return bad(p, r.line, "pos must be verb, noun or adj, not '" + r.cols[2] + "'");
      }
      e.verb = r.cols[2] == "verb";
      e.adj = r.cols[2] == "adj";
      if (r.cols.size() > 3) {
        std::string flags = r.cols[3];
        std::replace(flags.begin(), flags.end(), ',', ' ');
        std::istringstream fin(flags);
        std::string f;
        while (fin >> f) {
          if (f == "change") {
            e.change = true;
          } else if (f == "state") {
            e.state = true;
          } else if (f == "weak") {
            e.weak = true;
          } else {
            return bad(p, r.line, "unknown flag '" + f + "' (change, state, weak)");
          }
        }
      }
      auto pat = parse_phrase(r.cols[0]);
      if (pat.empty())
        return bad(p, r.line, "empty trigger");
      if (!e.verb && !e.adj && pat.size() == 1) {
        for (const auto& x : pat.front().suffixes) pack.noun_suffixes.push_back(x);
      }
      e.generic = &into == &pack.generic;
      into.add(std::move(pat), std::move(e));
    }
    return true;
  };
  if (auto ok = load_triggers(dir / "triggers.tsv", pack.triggers); !ok)
    return ok.error();
  if (fs::exists(dir / "verbs.tsv")) {
    if (auto ok = load_triggers(dir / "verbs.tsv", pack.generic); !ok)
      return ok.error();
  }
  {
    auto p = dir / "cues.tsv";
    auto rows = read_rows(p, 5, 6);
    if (!rows)
      return rows.error();
    for (const auto& r : *rows) {
      Cue c;
      if (r.cols.size() > 5) {
        std::string flags = r.cols[5];
        std::replace(flags.begin(), flags.end(), ',', ' ');
        std::istringstream fin(flags);
        std::string f;
        while (fin >> f) {
          if (f == "initial") {
            c.initial = true;
          } else if (f == "adjacent") {
            c.adjacent = true;
          } else {
            return bad(p, r.line, "unknown flag '" + f + "' (initial, adjacent)");
          }
        }
      }
      c.text = r.cols[0];
      auto t = link_type_from_string(r.cols[1]);
      if (!t)
        return bad(p, r.line, "relation must be caused, enabled, prevented or preceded");
      c.type = *t;
      if (r.cols[2] != "introduced" && r.cols[2] != "other") {
        return bad(p, r.line, "cause column must be 'introduced' or 'other'");
      }
      c.cause_is_introduced = r.cols[2] == "introduced";
      const std::string& k = r.cols[3];
      if (k == "conj") {
        c.kind = CueKind::conj;
      } else if (k == "prep") {
        c.kind = CueKind::prep;
      } else if (k == "adv") {
        c.kind = CueKind::adv;
      } else if (k == "verb") {
        c.kind = CueKind::verb;
      } else {
        return bad(p, r.line, "kind must be conj, prep, adv or verb");
      }
      double conf = 0;
      auto [ptr, ec] = std::from_chars(r.cols[4].data(), r.cols[4].data() + r.cols[4].size(), conf);
      if (ec != std::errc{} || conf <= 0 || conf > 1) {
        return bad(p, r.line, "confidence must be a number in (0, 1]");
      }
      c.confidence = conf;
      const std::string pattern =
          c.kind == CueKind::prep || c.kind == CueKind::verb || c.kind == CueKind::conj
              ? expand_contractions(r.cols[0], pack.contractions)
              : r.cols[0];
      auto pat = parse_phrase(pattern);
      if (pat.empty())
        return bad(p, r.line, "empty cue");
      pack.cues.add(std::move(pat), std::move(c));
    }
  }
  pack.triggers.for_each([&](const TriggerEntry& e) {
    if (!e.verb)
      return;
    TriggerEntry noun = e;
    noun.verb = false;
    pack.noun_twin.emplace(&e, noun);
  });
  if (auto p = dir / "markers.tsv"; fs::exists(p)) {
    auto rows = read_rows(p, 2, 2);
    if (!rows)
      return rows.error();
    for (const auto& r : *rows) {
      MarkerRole role;
      const std::string& k = r.cols[1];
      if (k == "when") {
        role = MarkerRole::when;
      } else if (k == "relative") {
        role = MarkerRole::relative;
      } else if (k == "coord") {
        role = MarkerRole::coord;
      } else if (k == "contrast") {
        role = MarkerRole::contrast;
      } else if (k == "subject") {
        role = MarkerRole::subject;
      } else {
        return bad(p, r.line, "role must be when, relative, coord, contrast or subject");
      }
      pack.markers.add(parse_phrase(expand_contractions(r.cols[0], pack.contractions)), role);
      const std::string& w = r.cols[0];
      if (w.find(' ') == std::string::npos && std::all_of(w.begin(), w.end(), [](char ch) {
            return static_cast<unsigned char>(ch) < 0x80;
          }))
        pack.plain_markers.insert(fold(w));
    }
  }
  if (auto p = dir / "modality.tsv"; fs::exists(p)) {
    auto rows = read_rows(p, 2, 2);
    if (!rows)
      return rows.error();
    for (const auto& r : *rows) {
      const std::string& m = r.cols[1];
      if (m != "reported" && m != "planned" && m != "denied" && m != "negated") {
        return bad(p, r.line, "modality must be reported, planned, denied or negated");
      }
      pack.modality.add(parse_phrase(r.cols[0]), m);
    }
  }
  if (auto p = dir / "aliases.tsv"; fs::exists(p)) {
    auto rows = read_rows(p, 2, 2);
    if (!rows)
      return rows.error();
    for (const auto& r : *rows) pack.aliases.add(parse_phrase(r.cols[0]), r.cols[1]);
  }
  if (auto p = dir / "participants.tsv"; fs::exists(p)) {
    auto rows = read_rows(p, 3, 3);
    if (!rows)
      return rows.error();
    for (const auto& r : *rows) {
      participants.add(parse_phrase(r.cols[0]), ParticipantEntry{r.cols[1], r.cols[2]});
    }
  }
  if (auto p = dir / "nontriggers.txt"; fs::exists(p)) {
    auto rows = read_rows(p, 1, 1);
    if (!rows)
      return rows.error();
    for (const auto& r : *rows) pack.nontriggers.add(parse_phrase(r.cols[0]), true);
  }
  if (auto p = dir / "effect_verbs.txt"; fs::exists(p)) {
    auto rows = read_rows(p, 1, 1);
    if (!rows)
      return rows.error();
    for (const auto& r : *rows) pack.effect_verbs.add(parse_phrase(r.cols[0]), true);
  }
  if (auto p = dir / "adverbs.txt"; fs::exists(p)) {
    auto rows = read_rows(p, 1, 1);
    if (!rows)
      return rows.error();
    for (const auto& r : *rows) pack.adverbs.add(parse_phrase(r.cols[0]), true);
  }
  if (auto p = dir / "settings.tsv"; fs::exists(p)) {
    auto rows = read_rows(p, 2, 2);
    if (!rows)
      return rows.error();
    for (const auto& r : *rows) {
      if (r.cols[0] == "proper_nouns" && (r.cols[1] == "yes" || r.cols[1] == "no")) {
        pack.proper_nouns = r.cols[1] == "yes";
      } else if (r.cols[0] == "np_head" && (r.cols[1] == "first" || r.cols[1] == "last")) {
        pack.np_head_last = r.cols[1] == "last";
      } else if (r.cols[0] == "infinitive") {
        pack.infinitive.insert(fold(r.cols[1]));
      } else if (r.cols[0] == "complement") {
        pack.complement.insert(fold(r.cols[1]));
      } else if (r.cols[0] == "verb_final" && (r.cols[1] == "yes" || r.cols[1] == "no")) {
        pack.verb_final = r.cols[1] == "yes";
      } else {
        return bad(p, r.line,
                   "unknown setting (proper_nouns yes|no, np_head first|last, verb_final yes|no, "
                   "infinitive WORD, complement WORD)");
      }
    }
  }
  if (auto ok = load_words(dir / "stopwords.txt", pack.stopwords); !ok)
    return ok.error();
  if (auto ok = load_words(dir / "determiners.txt", pack.determiners); !ok)
    return ok.error();
  if (auto ok = load_words(dir / "copulas.txt", pack.copulas); !ok)
    return ok.error();
  if (auto ok = load_words(dir / "auxiliaries.txt", pack.auxiliaries); !ok)
    return ok.error();
  if (auto ok = load_words(dir / "prenominal.txt", pack.prenominal); !ok)
    return ok.error();
  if (auto ok = load_words(dir / "abbreviations.txt", pack.abbreviations); !ok)
    return ok.error();
  return pack;
}

Result<Lexicons> load_lexicons(const fs::path& lang_root) {
  Lexicons lex;
  std::error_code ec;
  if (!fs::is_directory(lang_root, ec))
    return Error{lang_root.string() + ": not a directory"};
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(lang_root, ec)) {
    if (entry.is_directory() && fs::is_directory(entry.path() / "events")) {
      dirs.push_back(entry.path());
    }
  }
  std::sort(dirs.begin(), dirs.end());
  for (const auto& d : dirs) {
    const std::string code = d.filename().string();
    auto pack = load_pack(d / "events", code, lex.participants);
    if (!pack)
      return pack.error();
    lex.langs.emplace(code, std::move(pack.value()));
  }
  if (lex.langs.empty())
    return Error{lang_root.string() + ": no language has an events/ folder"};
  return lex;
}

}  // namespace causeline::extract
